import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, login, openScreen, test } from './fixtures';
import { openInvoiceScreen, typeCode, typeProduct } from './factura.page';
import { openSession, scan } from './caja.page';
import { pdfPagePng, printAndRead } from './printed';
import { api, sessionOf, typeTramite } from './pqr.page';

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');
const CAUSE = 'CERTIFICADO DE NO ADEUDO';

test.describe.configure({ timeout: 360_000 });

type Owed = { subscriber: { ownerName: string }; items: { overdue: boolean }[] };

/** Demo subscribers: one al corriente (nothing overdue) and one that owes a bill past its due date. */
async function accounts(page: Page) {
  const asesor = await sessionOf(page, 'asesor');
  let current: { code: string; ownerName: string } | undefined;
  let owing: string | undefined;
  for (let n = 100_020; n < 100_200 && !(current && owing); n++) {
    const owed = await api<Owed>(page, 'coupons.owed', { code: String(n) }, asesor);
    const late = owed.items.some((i) => i.overdue);
    if (!late && !current) current = { code: String(n), ownerName: owed.subscriber.ownerName };
    if (late && !owing) owing = String(n);
  }
  if (!current || !owing) throw new Error('El padrón de demostración no tiene las cuentas que esta prueba necesita');
  return { current, owing };
}

test('seed 004: certificado de no adeudo: al corriente, fee told, factura paid at CAJA, verified, certificate printed in two copies, checked by number, listed in the informe diario', async ({
  page,
  office,
  shot,
}) => {
  await page.goto('/');
  const { current, owing } = await accounts(page);
  const { code } = current;

  // An account with something overdue: the screen says what is owed and nothing is radicated.
  await login(page, 'asesor');
  await typeTramite(page, { code: owing, service: 'ACUEDUCTO', requestType: 'PETICIÓN', cause: CAUSE });
  const gate = page.getByRole('status', { name: 'Verificación de pago' });
  await expect(gate).toContainText(
    new RegExp(`La cuenta ${owing} no está al corriente: debe \\$\\s[\\d.]+ vencidos desde el \\d{2}/\\d{2}/\\d{4}`),
  );
  await page.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByText(/no está al corriente/).first()).toBeVisible();
  await expect(page.getByLabel('Número de radicado')).toHaveCount(0);
  await shot('cnd-01-no-al-corriente');
  // The next user at the counter: a fresh form.
  await page.reload();
  await login(page, 'asesor');

  // Al corriente: a tercero's checklist, and the fee told before anything is paid.
  await typeTramite(page, {
    code,
    service: 'ACUEDUCTO',
    requestType: 'PETICIÓN',
    cause: CAUSE,
    applicant: 'Tercero con carta poder',
  });
  const documents = page.getByRole('group', { name: 'Documentos que presenta el usuario' });
  for (const name of ['Identificación oficial del solicitante', 'Carta poder', 'Identificación oficial del titular']) {
    await expect(documents.getByRole('checkbox', { name: `${name} requerido` })).toBeVisible();
  }
  await expect(gate).toContainText(/No hay factura de CERTIFICADO DE NO ADEUDO pagada .* Costo del trámite: \$\s12\.500\./);
  await shot('cnd-02-requisitos-y-costo');

  // SUSCRIPTOR → FACTURA with the certificate's product (a fresh window: TRÁMITE keeps its form).
  await page.reload();
  await login(page, 'asesor');
  await openInvoiceScreen(page);
  await page.keyboard.press('Enter');
  await typeCode(page, code);
  await expect(page.getByRole('combobox', { name: 'Producto' })).toBeFocused();
  await typeProduct(page, 'certificado de no');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const invoiceNumber = page.getByLabel('Número de factura');
  await expect(invoiceNumber).toHaveText(/^FAC-\d{4}-\d{6}$/);
  const factura = (await invoiceNumber.textContent())!;

  // The user takes the factura's number to CAJA: the cajero types it, as read off the paper.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();

  await login(page, 'cajero');
  await openScreen(page, 'CAJA', 'Pago de cupón');
  await openSession(page, '100000');
  await scan(page, factura);
  await expect(page.getByRole('region', { name: `Factura ${factura}` })).toBeVisible();
  await expect(page.getByLabel('Recibido')).toBeFocused();
  await page.keyboard.type('20000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'REGISTRAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Número de recibo')).toHaveText(/^REC-\d{4}-\d{6}$/);
  await shot('cnd-03-pagado-en-caja');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();

  // The asesor radicates: the system finds the factura PAGADA itself.
  await login(page, 'asesor');
  await typeTramite(page, {
    code,
    service: 'ACUEDUCTO',
    requestType: 'PETICIÓN',
    cause: CAUSE,
    applicant: 'Tercero con carta poder',
  });
  await expect(gate).toContainText(`Pago verificado. Factura ${factura}`);
  const carta = documents.getByRole('checkbox', { name: 'Carta poder requerido' });
  await documents.getByRole('checkbox', { name: 'Identificación oficial del solicitante requerido' }).check();
  await documents.getByRole('checkbox', { name: 'Identificación oficial del titular requerido' }).check();
  await page.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Faltan documentos requeridos' })).toContainText('Carta poder');
  await carta.check();
  await page.getByRole('button', { name: 'GUARDAR' }).click();

  const number = page.getByLabel('Número del certificado');
  await expect(number).toHaveText(/^CND-\d{4}-\d{6}$/);
  const certificate = (await number.textContent())!;
  const validity = (await page.getByLabel('Vigencia del certificado').textContent())!;
  const until = /(\d{2}\/\d{2}\/\d{4})/.exec(validity)![1]!;
  await shot('cnd-04-certificado-expedido');

  const imprimir = page.getByRole('button', { name: 'IMPRIMIR CERTIFICADO' });
  await expect(imprimir).toBeFocused();
  const pdf = await printAndRead(imprimir, office.archiveDir);
  expect(pdf.path).toContain(path.join('CERTIFICADO_NO_ADEUDO', `${certificate}.pdf`));
  expect(pdf.pages).toBe(2);
  for (const text of [
    'CERTIFICADO DE NO ADEUDO',
    certificate,
    code,
    current.ownerName,
    until,
    factura,
    'AL CORRIENTE',
    'ORIGINAL — USUARIO',
    'COPIA — SOPORTE',
    'RECIBÍ EL CERTIFICADO',
  ]) {
    expect(pdf.text.toUpperCase()).toContain(text.toUpperCase());
  }
  pdfPagePng(pdf.path, path.join(SCREENS, 'cnd-05-certificado-pdf'), 80);

  // Anyone at the counter checks it by its number.
  await openScreen(page, 'PQR', 'Consultar certificado');
  const field = page.getByRole('textbox', { name: 'Número del certificado' });
  await expect(field).toBeFocused();
  await page.keyboard.type('CND-2000-999999');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No existe el certificado de no adeudo CND-2000-999999: revise el número.')).toBeVisible();
  await field.fill(certificate.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Certificado vigente' })).toContainText(`VIGENTE hasta el ${until}`);
  await shot('cnd-06-consulta-vigente');

  // The supervisor's informe diario of the day lists it among the certificates issued.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'supervisor');
  await openScreen(page, 'REPORTES', 'Informe diario');
  const issued = page.getByRole('table', { name: 'Certificados de no adeudo expedidos' });
  const listed = issued.getByRole('row').filter({ hasText: certificate });
  for (const text of [code, current.ownerName, until]) await expect(listed).toContainText(text);
  await shot('cnd-07-informe-diario');
});
