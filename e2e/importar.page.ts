import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The repository's example files (README: "Importar datos"). */
export const EXAMPLES = path.join(import.meta.dirname, '..', 'examples', 'importar');

export interface Tally {
  Nuevos: number;
  Cambiados: number;
  'Sin cambio': number;
  Rechazados: number;
}

/** ADMINISTRACIÓN → Importar with the screen open: the kind, the file, and its format as detected. */
export async function chooseImportFile(page: Page, kind: string, file: string, format: string): Promise<void> {
  await page.getByLabel('Tipo de archivo').selectOption({ label: kind });
  await page.getByLabel('Archivo a importar').setInputFiles(path.join(EXAMPLES, file));
  await expect(page.getByText(file, { exact: true })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${format.replace(/[()]/g, '\\$&')};`))).toBeVisible();
}

/** The counts of a dry run's or an import's result, as the screen shows them. */
export async function expectTally(page: Page, title: string, tally: Tally): Promise<void> {
  const result = page.getByRole('region', { name: title });
  await expect(result).toBeVisible();
  for (const [label, n] of Object.entries(tally)) await expect(result.getByLabel(label, { exact: true })).toContainText(String(n));
}

/** REVISAR (the dry run), its counts, then IMPORTAR and the screen's word that it is done. */
export async function checkAndImport(page: Page, dry: Tally): Promise<void> {
  await page.getByRole('button', { name: 'Revisar (simulacro)' }).click();
  await expectTally(page, 'Resultado del simulacro (no se ha guardado nada)', dry);
  await page.getByRole('button', { name: `Importar ${dry.Nuevos + dry.Cambiados} filas` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Importación terminada' })).toContainText(
    `${dry.Nuevos} nuevos, ${dry.Cambiados} cambiados, ${dry['Sin cambio']} sin cambio, ${dry.Rechazados} rechazados`,
  );
  await expectTally(page, 'Resultado de la importación', dry);
}
