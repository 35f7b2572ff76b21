import path from 'node:path';
import { expect, login, openScreen, test } from './fixtures';
import { pdfPagePng, printAndRead } from './factura.page';
import { payInvoice, reconnectionInvoice, subscriberIn, typeTramite } from './pqr.page';

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

test('seed 001 steps 24–31: the reconnection is radicated only once its factura is paid, with the keyboard, and printed in two copies', async ({
  page,
  shot,
}) => {
  await page.goto('/');
  const { code, ownerId } = await subscriberIn(page, 'CORTADO');
  const invoice = await reconnectionInvoice(page, code, ownerId);

  await login(page, 'asesor');
  const reconnection = { code, service: 'ACUEDUCTO', requestType: 'PETICIÓN', cause: 'RECONEXIÓN DEL SERVICIO' };
  await typeTramite(page, reconnection);
  // The system looks for the payment itself: the factura exists but is not paid.
  const gate = page.getByRole('status', { name: 'Verificación de pago' });
  await expect(gate).toContainText(`${invoice.number}`);
  await expect(gate).toContainText('PENDIENTE');
  const observation = page.getByRole('textbox', { name: 'Observación' });
  await expect(observation).toBeFocused();
  await expect(observation).toHaveValue(
    new RegExp(`^Código ${code} · Ruta \\S+ · RECONEXIÓN DEL SERVICIO · .*(Con|Sin) medidor`),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/debe pagarse|PENDIENTE \(debe/).first()).toBeVisible();
  await expect(page.getByLabel('Número de radicado')).toHaveCount(0);
  await shot('80-tramite-sin-pago');

  // Paid at CAJA: now the same form radicates.
  await payInvoice(page, code, invoice.number);
  await page.reload();
  await login(page, 'asesor');
  await typeTramite(page, reconnection);
  await expect(gate).toContainText('Pago verificado');
  await expect(gate).toContainText(invoice.number);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const radicado = page.getByLabel('Número de radicado');
  await expect(radicado).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filingNumber = (await radicado.textContent())!;
  await shot('81-tramite-radicado');
  const imprimir = page.getByRole('button', { name: 'IMPRIMIR', exact: true });
  await expect(imprimir).toBeFocused();
  const pdf = await printAndRead(imprimir);
  expect(pdf.path).toContain(path.join('SOLICITUD_TRAMITE', `${filingNumber}.pdf`));
  expect(pdf.pages).toBe(2);
  for (const text of [
    filingNumber,
    'SOLICITUD DE TRÁMITE',
    'ORIGINAL — USUARIO',
    'COPIA — SOPORTE',
    'RECONEXIÓN DEL SERVICIO',
    invoice.number,
  ]) {
    expect(pdf.text).toContain(text);
  }
  pdfPagePng(pdf.path, path.join(SCREENS, '82-solicitud-tramite-pdf'));
});

test('seed 002 steps 3–12: a visita domiciliaria takes a free slot of the agenda; the bandeja shows it with its due date', async ({
  page,
  shot,
}) => {
  await page.goto('/');
  const { code } = await subscriberIn(page, 'ACTIVO', 100_020);
  await login(page, 'asesor');
  await typeTramite(page, { code, service: 'ALCANTARILLADO', requestType: 'PETICIÓN INTERNA', cause: 'VISITA DOMICILIARIA' });
  // The agenda: the first free place is taken with Enter.
  const agenda = page.getByRole('grid');
  await expect(agenda).toBeVisible();
  await page.keyboard.press('Enter');
  const observation = page.getByRole('textbox', { name: 'Observación' });
  await expect(observation).toBeFocused();
  await page.keyboard.type(' · taponamiento en el sifón del patio');
  await shot('83-tramite-visita');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const radicado = page.getByLabel('Número de radicado');
  await expect(radicado).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filingNumber = (await radicado.textContent())!;
  await expect(page.getByText(/^Visita$/)).toBeVisible();
  const pdf = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }));
  expect(pdf.text).toMatch(/visita programada/i);
  expect(pdf.text).toContain('taponamiento en el sifón del patio');

  await openScreen(page, 'PQR', 'Bandeja de trámites');
  const rows = page.getByRole('table', { name: 'Trámites de la bandeja' }).getByRole('row').filter({ hasText: filingNumber });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('VISITA DOMICILIARIA');
  await expect(rows).toContainText('15 d. háb.');
  await shot('84-bandeja');
  await rows.click();
  const dialog = page.getByRole('dialog').filter({ hasText: filingNumber });
  await expect(dialog.getByRole('table', { name: 'Historia del trámite' })).toContainText('Radicado');
});
