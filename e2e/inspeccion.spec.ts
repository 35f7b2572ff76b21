import { expect, login, openScreen, test } from './fixtures';
import { printAndRead } from './printed';
import { api, sessionOf } from './pqr.page';

/**
 * Seed 004, inspección de medidor: the subscriber view flags the latest period's alto consumo
 * and offers the inspection; PQR → TRÁMITE starts filled in with that subscriber, the service
 * and the causal; the asesor chooses the tipo and a slot of the agenda, radicates and prints;
 * the bandeja shows its own term of 10 business days.
 */
test.describe.configure({ timeout: 360_000 });

interface ViewRead {
  status: string;
  consumption: { high: boolean }[];
}

/** A subscriber of the demo office whose latest period is over its alto consumo threshold. */
async function highInLatestPeriod(page: Parameters<typeof sessionOf>[0]): Promise<string> {
  const asesor = await sessionOf(page, 'asesor');
  for (let n = 100_001; n <= 100_300; n++) {
    const view = await api<ViewRead>(page, 'subscribers.view', { code: String(n) }, asesor);
    if (view.status === 'ACTIVO' && view.consumption.at(-1)?.high) return String(n);
  }
  throw new Error('Ningún suscriptor ACTIVO con alto consumo en su último periodo en el padrón de demostración');
}

test('alto consumo on the subscriber view offers the inspección de medidor; radicated from the form it fills in, with its own 10 business days', async ({
  page,
  office,
  shot,
}) => {
  await page.goto('/');
  const code = await highInLatestPeriod(page);
  await login(page, 'asesor');
  const search = page.getByLabel('Código, nombre, cédula o dirección del suscriptor');
  await search.fill(code);
  await search.press('Enter');
  const view = page.getByRole('article', { name: `Suscriptor ${code}` });
  const note = view.getByRole('status', { name: 'Alto consumo del último periodo' });
  await expect(note).toContainText('Corresponde una inspección de medidor');
  await shot('95-alto-consumo-ofrece-inspeccion');
  await note.getByRole('button', { name: 'RADICAR INSPECCIÓN' }).click();

  // PQR → TRÁMITE, filled in: the asesor goes on from the tipo de trámite with the keyboard.
  const form = page.getByRole('form', { name: 'Nuevo trámite' });
  await expect(form.getByLabel('Código del suscriptor')).toHaveValue(code);
  await expect(form.getByRole('status', { name: 'Tercero elegido' })).toContainText('Titular');
  await expect(form.getByLabel('Servicio', { exact: true })).toHaveValue('ACUEDUCTO');
  await expect(form.getByLabel('Causal', { exact: true }).locator('option:checked')).toHaveText('INSPECCIÓN DE MEDIDOR');
  const requestType = form.getByLabel('Tipo de trámite', { exact: true });
  await expect(requestType).toBeFocused();
  await requestType.selectOption({ label: 'PETICIÓN' });
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Causal', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Solicitante', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  // A visit: the first free place of the agenda is taken with Enter.
  await expect(page.getByRole('grid')).toBeVisible();
  await page.keyboard.press('Enter');
  const observation = page.getByRole('textbox', { name: 'Observación' });
  await expect(observation).toBeFocused();
  await page.keyboard.type(' · el usuario pide revisar el medidor');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const radicado = page.getByLabel('Número de radicado');
  await expect(radicado).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filingNumber = (await radicado.textContent())!;
  await shot('96-inspeccion-radicada');

  const pdf = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  for (const words of [filingNumber, code, 'INSPECCIÓN DE MEDIDOR']) expect(pdf.text).toContain(words);

  await openScreen(page, 'PQR', 'Bandeja de trámites');
  const row = page.getByRole('table', { name: 'Trámites de la bandeja' }).getByRole('row').filter({ hasText: filingNumber });
  await expect(row).toContainText('INSPECCIÓN DE MEDIDOR');
  await expect(row).toContainText('10 d. háb.');
  await shot('97-inspeccion-en-bandeja');
});
