import { randomInt } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect, login, openScreen, test } from './fixtures';

// A whole padrón procedure: matrícula, two moves, an edit, a cambio de titular.
test.describe.configure({ timeout: 150_000 });

/** A cédula no demo tercero has (10 digits from 10…; a run's two terceros differ by `n`). */
const newDocument = (n: number) => `10${String(randomInt(0, 10_000_000) * 10 + (n % 10)).padStart(8, '0')}`;

/** In a tercero lookup: the cédula, Enter, nobody → "+" → the tercero's form → GUARDAR chooses him. */
async function addTercero(page: Page, within: Locator, names: string, surnames: string, n: number): Promise<void> {
  const documentNumber = newDocument(n);
  const lookup = within.getByLabel('Número de documento del tercero');
  await lookup.fill(documentNumber);
  await lookup.press('Enter');
  await expect(within.getByText(`No hay ningún tercero con el documento ${documentNumber}`)).toBeVisible();
  await within.getByRole('button', { name: 'Agregar tercero' }).click();
  const form = page.getByRole('form', { name: 'Nuevo tercero' });
  await expect(form.getByLabel('Número de documento')).toHaveValue(documentNumber);
  await form.getByLabel('Nombres').fill(names);
  await form.getByLabel('Apellidos').fill(surnames);
  await form.getByLabel('Celular').fill('3104567890');
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(form).toBeHidden();
  await expect(within.getByRole('status', { name: 'Tercero elegido' })).toContainText(`${names} ${surnames}`);
}

/** CAMBIAR ESTADO of the opened subscriber, dated today (the form's default). */
async function move(page: Page, to: string, reason: string, document: string): Promise<void> {
  await page.getByRole('button', { name: 'CAMBIAR ESTADO' }).click();
  const form = page.getByRole('form', { name: 'Cambiar estado del suscriptor 900001' });
  await expect(form.getByLabel('Nuevo estado')).toBeFocused();
  await form.getByLabel('Nuevo estado').selectOption(to);
  await form.getByLabel('Documento que lo ordena').fill(document);
  await form.getByLabel('Motivo').fill(reason);
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByText(`El suscriptor 900001 quedó ${to}.`)).toBeVisible();
}

test('el supervisor matricula un suscriptor con un tercero nuevo, lo suspende y lo reactiva, le cambia el titular, y la historia lo muestra todo', async ({
  page,
  shot,
}) => {
  await login(page, 'supervisor');
  await openScreen(page, 'SUSCRIPTOR', 'Padrón');

  const alta = page.getByRole('region', { name: 'Alta de suscriptor (matrícula)' });
  const code = alta.getByLabel('Código del suscriptor');
  await expect(code).toBeFocused();
  // A código the padrón already has: typed first, refused on its field once the rest is there.
  await code.fill('100001');
  await code.press('Enter');
  await expect(alta.getByLabel('Dirección')).toBeFocused();
  await alta.getByLabel('Dirección').fill('Calle 12 # 7-45');
  await alta.getByLabel('Barrio').fill('La Consolata');
  await alta.getByLabel('Zona').selectOption({ label: 'FLORENCIA' });
  await alta.getByLabel('Ruta').selectOption({ label: '01-001 · FLORENCIA RUTA 1' });
  await alta.getByLabel('Estrato').fill('2');
  await alta.getByLabel('ASEO').uncheck();
  await alta.getByLabel('Serial del medidor').fill('a19-552301');
  await alta.getByLabel('Marca del medidor').fill('Itron');
  await addTercero(page, alta, 'Rosa Elvira', 'Cuéllar Vargas', 1);
  await alta.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(alta.getByText('Código del suscriptor: ya existe el suscriptor 100001')).toBeVisible();
  await expect(code).toBeFocused();
  await shot('60-padron-alta');
  await code.fill('900001');
  await alta.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(alta.getByLabel('Código del suscriptor matriculado')).toHaveText('900001');

  await alta.getByRole('button', { name: 'ABRIR SUSCRIPTOR' }).click();
  await expect(page.getByRole('tab', { name: 'Suscriptor existente' })).toHaveAttribute('aria-selected', 'true');
  const existing = page.getByRole('region', { name: 'Suscriptor existente' });
  await expect(existing.getByLabel('Código del suscriptor')).toHaveValue('900001');
  const card = existing.getByRole('region', { name: 'Suscriptor 900001', exact: true });
  await expect(card).toContainText('Rosa Elvira Cuéllar Vargas');
  await expect(card.getByLabel('Estado: Activo')).toBeVisible();

  await move(page, 'SUSPENDIDO', 'Por falta de pago de dos periodos', 'OT-2026-000077');
  await expect(card.getByLabel('Estado: Suspendido')).toBeVisible();
  await move(page, 'ACTIVO', 'Pagó la deuda y la reconexión', 'OT-2026-000081');
  await expect(card.getByLabel('Estado: Activo')).toBeVisible();

  await page.getByRole('button', { name: 'EDITAR DATOS' }).click();
  const edit = page.getByRole('form', { name: 'Editar datos del suscriptor 900001' });
  await expect(edit.getByLabel('Ruta')).toHaveValue(/\d+/);
  await edit.getByLabel('Estrato').fill('3');
  await edit.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByText('Datos del suscriptor 900001 guardados.')).toBeVisible();

  await page.getByRole('button', { name: 'CAMBIO DE TITULAR' }).click();
  const owner = page.getByRole('form', { name: 'Cambio de titular del suscriptor 900001' });
  await addTercero(page, owner, 'Hernando', 'Polanía Rojas', 2);
  const documents = owner.getByLabel('Documentos presentados');
  await documents.fill('Escritura pública 1234 de 2026');
  await documents.press('Enter');
  await documents.fill('Cédula del nuevo');
  await page.getByRole('option', { name: 'Cédula del nuevo titular' }).click();
  await shot('61-padron-cambio-titular');
  await owner.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByText('Nuevo titular del suscriptor 900001: Hernando Polanía Rojas.')).toBeVisible();
  await expect(card).toContainText('Hernando Polanía Rojas');

  const history = page.getByRole('region', { name: 'Historia del suscriptor 900001' });
  const owners = history.getByRole('table', { name: 'Titulares' }).getByRole('row');
  await expect(history.getByRole('region', { name: 'Titulares (2)' })).toBeVisible();
  await expect(owners.nth(1)).toContainText('Hernando Polanía Rojas');
  await expect(owners.nth(1)).toContainText('Escritura pública 1234 de 2026 · Cédula del nuevo titular');
  await expect(owners.nth(1)).toContainText('Actual');
  await expect(owners.nth(2)).toContainText('Rosa Elvira Cuéllar Vargas');
  await expect(owners.nth(2)).toContainText('Matrícula');
  const moves = history.getByRole('table', { name: 'Cambios de estado' }).getByRole('row');
  await expect(moves).toHaveCount(3);
  await expect(moves.nth(1)).toContainText('Suspendido→Activo');
  await expect(moves.nth(1)).toContainText('OT-2026-000081');
  await expect(moves.nth(2)).toContainText('Activo→Suspendido');
  const edits = history.getByRole('table', { name: 'Ediciones' }).getByRole('row');
  await expect(edits.nth(1)).toContainText('Estrato: 2 → 3');
  await expect(edits.nth(1)).toContainText('Arley');
  await expect(edits.nth(2)).toContainText('Matrícula');
  await shot('62-padron-historia');
});
