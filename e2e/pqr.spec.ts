import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatLetterDate } from '../renderer/src/format/format';
import { expect, login, openScreen, test } from './fixtures';
import { pdfPagePng, printAndRead } from './printed';
import {
  api,
  assignWithKeyboard,
  failedPersonalThenEdict,
  officeToday,
  payInvoice,
  reconnectionInvoice,
  respondWithTemplate,
  sessionOf,
  subscriberIn,
  typeFieldReport,
  typeTramite,
} from './pqr.page';

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

// Each test is a whole procedure, four logins long, with five documents printed and read back.
test.describe.configure({ timeout: 360_000 });

/** A JPEG of `bytes` bytes (its header and filler): what a phone camera hands over. */
function jpeg(bytes: number): Buffer {
  const data = Buffer.alloc(bytes, 0x5a);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(data);
  return data;
}

test('seed 001 end to end: the reconnection is radicated only once its factura is paid, printed; assigned, its work order printed, the field report with a photo puts the subscriber ACTIVO; ALMACÉN invoices the materials', async ({
  page,
  office,
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
  // Each Enter once the focus has arrived, as a person looks before pressing it.
  await expect(observation).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const radicado = page.getByLabel('Número de radicado');
  await expect(radicado).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filingNumber = (await radicado.textContent())!;
  // A reconnection is due 24 hours after the verified payment, not in business days.
  await expect(page.getByLabel(/^Vence \d{2}\/\d{2}\/\d{4}, .+, vence en 24 h$/)).toBeVisible();
  await shot('81-tramite-radicado');
  const imprimir = page.getByRole('button', { name: 'IMPRIMIR', exact: true });
  await expect(imprimir).toBeFocused();
  const pdf = await printAndRead(imprimir, office.archiveDir);
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

  // Seed 001 steps 32–36: the support goes to the supervisor de matrícula.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'supervisor');
  const number = await assignWithKeyboard(page, filingNumber, 'Retirar el sello del registro y verificar el medidor');
  const order = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR ORDEN' }), office.archiveDir);
  pdfPagePng(order.path, path.join(SCREENS, '85-orden-trabajo-pdf'));
  expect(order.path).toContain(path.join('ORDEN_TRABAJO', `${number}.pdf`));
  expect(order.pages).toBe(2);
  for (const text of [
    'ORDEN DE TRABAJO',
    'R-07-010',
    number,
    filingNumber,
    code,
    'RECONEXIÓN DEL SERVICIO',
    'ORIGINAL — USUARIO',
  ]) {
    expect(order.text).toContain(text);
  }
  expect(order.text).toContain('Retirar el sello del registro');
  await shot('85-campo-asignada');

  await typeFieldReport(page, number, {
    findings: 'Registro cerrado con sello de suspensión; medidor en buen estado',
    actions: 'Se retiró el sello, se cambió el registro de paso y se abrió el servicio',
    reading: '1532',
    material: 'registro de paso',
    photo: { name: 'registro abierto.jpg', mimeType: 'image/jpeg', buffer: jpeg(1_500_000) },
  });
  await shot('86-campo-informe');
  await page
    .getByRole('form', { name: `Registrar informe de ${number}` })
    .getByRole('button', { name: 'GUARDAR' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'guardado' })).toContainText(
    `Trámite ${filingNumber} CERRADO. Suscriptor ${code}: ACTIVO.`,
  );

  const [year, month] = (await officeToday(page)).split('-');
  const archived = path.join(office.archiveDir, year!, month!, 'SOPORTES', filingNumber, '1-registro_abierto.jpg');
  expect(existsSync(archived)).toBe(true);
  expect(readFileSync(archived).length).toBe(1_500_000);

  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'almacen');
  await openScreen(page, 'SUSCRIPTOR', 'Materiales por facturar');
  const pending = page
    .getByRole('table', { name: 'Informes con materiales por facturar' })
    .getByRole('row')
    .filter({ hasText: number });
  await pending.click();
  await page.getByRole('button', { name: 'FACTURAR' }).click();
  const invoiceNumber = page.getByLabel('Número de factura');
  await expect(invoiceNumber).toHaveText(/^FAC-\d{4}-\d{6} · \$/);
  const materials = /^(FAC-\d{4}-\d{6})/.exec((await invoiceNumber.textContent())!)![1]!;
  const factura = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(factura.pages).toBe(2);
  for (const text of [materials, 'CAMBIO DE REGISTRO DE PASO', filingNumber]) expect(factura.text).toContain(text);
  await shot('87-materiales-facturados');
});

test('seed 002 end to end: a visita domiciliaria with a free slot of the agenda, in the bandeja; assigned, visited, answered from a template, the personal notification fails and the edicto is posted, each printed', async ({
  page,
  shot,
  office,
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
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const radicado = page.getByLabel('Número de radicado');
  await expect(radicado).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filingNumber = (await radicado.textContent())!;
  await expect(page.getByText(/^Visita$/)).toBeVisible();
  const pdf = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
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
  await dialog.getByRole('button', { name: 'Cerrar' }).click();

  // Steps 13–15: the coordinator assigns the visit; the contratista's report is typed in.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'coordinador');
  const number = await assignWithKeyboard(page, filingNumber, 'Revisar la caja de inspección y el sifón del patio');
  const order = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR ORDEN' }), office.archiveDir);
  expect(order.text).toContain(filingNumber);
  expect(order.text).toMatch(/visita/i);

  // The day of the visit: its hoja de ruta, a page for the contratista it was assigned to.
  const [visit] = await api<{ visitOn: string }[]>(
    page,
    'agenda.history',
    { filingNumber },
    await sessionOf(page, 'coordinador'),
  );
  await openScreen(page, 'PQR', 'Agenda de visitas');
  const day = page.getByLabel('Día de la agenda');
  await day.fill(visit!.visitOn.split('-').reverse().join('/'));
  await day.press('Enter');
  const routeSheet = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR HOJA DE RUTA' }), office.archiveDir);
  expect(routeSheet.relative).toMatch(new RegExp(`/HOJA_RUTA/HR-${visit!.visitOn}\\.pdf$`));
  for (const words of ['HOJA DE RUTA DE VISITAS', `HR-${visit!.visitOn}`, filingNumber, code, 'Contratista — recibe']) {
    expect(routeSheet.text).toContain(words);
  }
  pdfPagePng(routeSheet.path, path.join(SCREENS, '86-hoja-de-ruta-pdf'));
  await openScreen(page, 'PQR', 'Trabajo de campo');
  await typeFieldReport(page, number, {
    findings: 'Sifón del patio obstruido por residuos sólidos; la red pública funciona',
    actions: 'Se explicó al usuario la limpieza del sifón; no requiere obra de la empresa',
  });
  await page
    .getByRole('form', { name: `Registrar informe de ${number}` })
    .getByRole('button', { name: 'GUARDAR' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'guardado' })).toContainText(filingNumber);

  // Steps 16–17: the response from a decision template, its findings from the report, printed.
  const letterNumber = await respondWithTemplate(page, filingNumber, 'VISITA REALIZADA SIN HALLAZGOS');
  await shot('88-respuesta');
  const letter = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR' }), office.archiveDir);
  expect(letter.pages).toBe(2);
  for (const words of [
    'OFICIO DE RESPUESTA',
    'R-07-011',
    letterNumber,
    `Radicado ${filingNumber}`,
    'ORIGINAL — USUARIO',
    'COPIA — SOPORTE',
  ]) {
    expect(letter.text).toContain(words);
  }
  expect(letter.text.replace(/\s+/g, ' ')).toContain('Sifón del patio obstruido por residuos sólidos');
  pdfPagePng(letter.path, path.join(SCREENS, '89-respuesta-pdf'));

  // Steps 18–19: personal notification fails; the edicto is posted for 10 business days.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'documental');
  await failedPersonalThenEdict(page, filingNumber);
  await shot('90-edicto');
  const edict = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR EDICTO' }), office.archiveDir);
  const edictText = edict.text.replace(/\s+/g, ' ');
  for (const words of [
    'EDICTO',
    'R-07-012',
    letterNumber,
    'no pudo ser notificado personalmente',
    'diez (10) días hábiles',
    'Fijado el',
    'Desfijado el',
    // Posted today at the office: the test clock's business day.
    `desde el ${formatLetterDate(await officeToday(page))}`,
  ]) {
    expect(edictText).toContain(words);
  }
  pdfPagePng(edict.path, path.join(SCREENS, '91-edicto-pdf'));
});
