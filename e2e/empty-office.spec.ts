import path from 'node:path';
import { FIRST_ADMIN } from '../db/seed/users';
import {
  addTercero,
  choose,
  createProduct,
  createUser,
  enterCompany,
  firstLogin,
  newEntry,
  openAndCollect,
  saveEntry,
  type NewUser,
} from './empty-office.page';
import { openInvoiceScreen, typeCode, typeProduct } from './factura.page';
import { expect, login, openScreen, test } from './fixtures';
import { type Host, startHost } from './host';
import { type ArchivedPdf, archivedFrom, pdfPagePng, printAndRead } from './printed';
import { openDebtsOf, pesos } from './recaudo.page';

/**
 * Issue 13's "done when": an office installed empty (no demo) set up through its screens by its
 * first administrator — company, catalogs, a product, two users, a subscriber — and then worked
 * by those users: a trámite refused for a missing document and then radicated, a factura, its
 * coupon, paid at CAJA. Nothing is typed into the database; every paper is read back from its PDF.
 */

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

// One long walk: three users, a dozen screens and five printed documents, on a shared machine.
test.describe.configure({ timeout: 600_000 });

const ADMIN_PASSWORD = 'Caguan-Lluvia-508';
const COMPANY = {
  name: 'AGUAS DEL PORVENIR S.A. E.S.P.',
  nit: '901234567-7',
  address: 'Calle 4 # 9-21, Centro',
  phone: '(608) 431 2200',
  city: 'El Porvenir, Caquetá',
};
const ZONE = 'EL PORVENIR';
const ROUTE = { code: '21-001', name: 'PORVENIR CENTRO' };
const CHANNEL = 'VENTANILLA MÓVIL';
const REQUEST_TYPE = 'SOLICITUD DE REVISIÓN';
const CAUSE = 'BAJA PRESIÓN';
const REQUIRED = 'Fotocopia de la cédula del titular';
const WORKER = 'JHON FREDY CUÉLLAR OSORIO';
const PRODUCT = { code: 'RBP', name: 'REVISIÓN DE BAJA PRESIÓN', price: 47_500 };
const ASESOR: NewUser & { password: string } = {
  username: 'mmontealegre',
  fullName: 'Marleny Montealegre Díaz',
  documentNumber: '40612345',
  role: 'Asesor',
  temporary: 'Tempo-Asesora-2026',
  password: 'Chairá-Garza-619',
};
const CAJERO: NewUser & { password: string } = {
  username: 'evargas',
  fullName: 'Edilson Vargas Quintero',
  documentNumber: '17654987',
  role: 'Cajero',
  temporary: 'Tempo-Cajero-2026',
  password: 'Orteguaza-Remo-372',
};
const SUBSCRIBER = '500001';
const TITULAR = { documentNumber: '1117845210', names: 'Rubiela', surnames: 'Ospina Calderón', mobile: '3124567801' };
const TITULAR_NAME = `${TITULAR.names} ${TITULAR.surnames}`;

let office: Host;
test.beforeAll(async () => {
  office = await startHost({ demo: false });
});
test.afterAll(async () => {
  await office.stop();
});

const png = (pdf: string, name: string) => pdfPagePng(pdf, path.join(SCREENS, name), 80);

/** Each text is on the printed paper, as pdftotext reads it back. */
function says(pdf: ArchivedPdf, ...texts: string[]): void {
  for (const text of texts) expect(pdf.text, `${pdf.relative}: ${text}`).toContain(text);
}

test('una oficina vacía se configura por sus pantallas y radica, factura, genera el cupón y lo cobra en CAJA', async ({
  page,
  shot,
}) => {
  // 1. The first administrator: factory password, changed.
  await firstLogin(page, office.url, FIRST_ADMIN.username, FIRST_ADMIN.password, ADMIN_PASSWORD);

  // 2. The company every document prints in its header.
  await enterCompany(page, COMPANY);
  await shot('70-vacia-01-empresa');

  // 3. Catálogos: zona, ruta, medio, tipo de trámite, causal, its requirement, personal de terreno.
  await openScreen(page, 'ADMINISTRACIÓN', 'Catálogos');
  const zone = await newEntry(page, 'Zonas', 'NUEVA ZONA', 'Nueva zona');
  await zone.getByLabel('Nombre').fill('El Porvenir');
  await zone.getByLabel('Municipio').fill('Morelia, Caquetá');
  await saveEntry(page, zone, `Se creó la zona ${ZONE}.`);

  const route = await newEntry(page, 'Rutas', 'NUEVA RUTA', 'Nueva ruta');
  await route.getByLabel('Zona').selectOption(ZONE);
  await route.getByLabel('Código').fill(ROUTE.code);
  await route.getByLabel('Nombre').fill('Porvenir centro');
  await saveEntry(page, route, `Se creó la ruta ${ROUTE.code}.`);

  const channel = await newEntry(page, 'Medios', 'NUEVO MEDIO', 'Nuevo medio');
  await channel.getByLabel('Nombre').fill('Ventanilla móvil');
  await saveEntry(page, channel, `Se creó el medio ${CHANNEL}.`);

  const type = await newEntry(page, 'Tipos de trámite', 'NUEVO TIPO DE TRÁMITE', 'Nuevo tipo de trámite');
  await type.getByLabel('Nombre').fill('Solicitud de revisión');
  await type.getByLabel('Término (días hábiles)').fill('10');
  await type.getByLabel('Código SUI').fill('5');
  await saveEntry(page, type, `Se creó el tipo de trámite ${REQUEST_TYPE}.`);

  const cause = await newEntry(page, 'Causales', 'NUEVA CAUSAL', 'Nueva causal');
  await cause.getByLabel('Servicio').selectOption('ACUEDUCTO');
  await cause.getByLabel('Nombre').fill('Baja presión');
  await cause.getByLabel('Grupo SUI').selectOption('P');
  await cause.getByLabel('Código SUI').fill('206');
  await cause.getByLabel('Asigna').selectOption({ label: 'Supervisor' });
  await saveEntry(page, cause, `Se creó la causal ${CAUSE} (ACUEDUCTO).`);

  const requirement = await newEntry(page, 'Requisitos', 'NUEVO REQUISITO', 'Nuevo requisito');
  await requirement.getByLabel('Requisito').fill(REQUIRED);
  await requirement.getByLabel('Tipo de trámite').selectOption(REQUEST_TYPE);
  await requirement.getByLabel('Causal').selectOption(`${CAUSE} (ACUEDUCTO)`);
  await requirement.getByLabel('Solicitante').selectOption('TITULAR');
  await expect(requirement.getByLabel('Obligatorio')).toBeChecked();
  await saveEntry(page, requirement, `Se creó el requisito ${REQUIRED}.`);
  await page.getByLabel('Buscar en requisitos').fill('presión');
  const requirementRow = page.getByRole('table', { name: 'Requisitos' }).getByRole('row', { name: new RegExp(REQUIRED) });
  await expect(requirementRow).toContainText(REQUEST_TYPE);
  await expect(requirementRow).toContainText('Obligatorio');

  const worker = await newEntry(page, 'Personal de terreno', 'NUEVO PERSONAL DE TERRENO', 'Nuevo personal de terreno');
  await worker.getByLabel('Nombre').fill('Jhon Fredy Cuéllar Osorio');
  await worker.getByLabel('Documento').fill('1117501234');
  await worker.getByLabel('Tipo').selectOption('FONTANERO');
  await worker.getByLabel('Celular').fill('3157894561');
  await saveEntry(page, worker, `Se creó ${WORKER}.`);
  await expect(
    page.getByRole('table', { name: 'Personal de terreno' }).getByRole('row', { name: new RegExp(WORKER) }),
  ).toContainText('Fontanero');
  await shot('70-vacia-02-catalogos');

  // 4. A product with its price.
  await createProduct(page, {
    code: PRODUCT.code,
    name: 'Revisión de baja presión',
    category: 'COMPLEMENTARIO',
    price: '47.500',
  });
  await page.getByLabel('Buscar producto').fill(PRODUCT.code);
  await expect(page.getByRole('table', { name: 'Productos' }).getByRole('row', { name: new RegExp(PRODUCT.name) })).toContainText(
    '$ 47.500',
  );

  // 5. The asesor and the cajero, each with a temporary password.
  await createUser(page, ASESOR);
  await createUser(page, CAJERO);
  await shot('70-vacia-03-usuarios');

  // 6. The first subscriber: the administrator's ADMINISTRACIÓN → Padrón, a new tercero as titular.
  await openScreen(page, 'ADMINISTRACIÓN', 'Padrón');
  const alta = page.getByRole('region', { name: 'Alta de suscriptor (matrícula)' });
  const code = alta.getByLabel('Código del suscriptor');
  await expect(code).toBeFocused();
  await code.fill(SUBSCRIBER);
  await alta.getByLabel('Dirección').fill('Carrera 3 # 5-18');
  await alta.getByLabel('Barrio').fill('El Jardín');
  await alta.getByLabel('Zona').selectOption({ label: ZONE });
  await alta.getByLabel('Ruta').selectOption({ label: `${ROUTE.code} · ${ROUTE.name}` });
  await alta.getByLabel('Estrato').fill('2');
  await alta.getByLabel('Serial del medidor').fill('p26-004512');
  await alta.getByLabel('Marca del medidor').fill('Elster');
  await addTercero(page, alta, TITULAR);
  await shot('70-vacia-04-alta');
  await alta.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(alta.getByLabel('Código del suscriptor matriculado')).toHaveText(SUBSCRIBER);
  await expect(alta).toContainText(`${ROUTE.code} · ${ZONE}`);
  await expect(alta).toContainText(TITULAR_NAME);

  // 7. The asesor: first login, then PQR → TRÁMITE with the new catalogs, the document missing.
  await firstLogin(page, office.url, ASESOR.username, ASESOR.temporary, ASESOR.password);
  await openScreen(page, 'PQR', 'TRÁMITE');
  await choose(page, 'Zona', ZONE);
  await choose(page, 'Medio', CHANNEL);
  await expect(page.getByLabel('Código del suscriptor')).toBeFocused();
  await page.keyboard.type(SUBSCRIBER);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Tercero elegido' })).toContainText(TITULAR_NAME);
  await choose(page, 'Servicio', 'ACUEDUCTO');
  await choose(page, 'Tipo de trámite', REQUEST_TYPE);
  await choose(page, 'Causal', CAUSE);
  await choose(page, 'Solicitante', 'Titular');
  const documents = page.getByRole('group', { name: 'Documentos que presenta el usuario' });
  const required = documents.getByRole('checkbox', { name: `${REQUIRED} requerido` });
  await expect(required).toBeFocused();
  await page.keyboard.press('Enter');
  const observation = page.getByRole('textbox', { name: 'Observación' });
  await expect(observation).toBeFocused();
  await expect(observation).toHaveValue(new RegExp(`^Código ${SUBSCRIBER} · Ruta ${ROUTE.code} · ${CAUSE}`));
  await page.keyboard.press('End');
  await page.keyboard.type(' · El usuario reporta baja presión desde hace una semana');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert').filter({ hasText: 'Faltan documentos requeridos' })).toContainText(
    `Faltan documentos requeridos: ${REQUIRED}. El trámite no se radicó`,
  );
  await expect(page.getByLabel('Número de radicado')).toHaveCount(0);
  const faltante = page.getByRole('button', { name: 'IMPRIMIR DOCUMENTACIÓN FALTANTE' });
  await expect(faltante).toBeFocused();
  const notice = await printAndRead(faltante, office.archiveDir);
  const noticeSaid = await page.getByRole('status', { name: 'Documentación faltante' }).textContent();
  const noticeNumber = /DF-\d{4}-\d{6}/.exec(noticeSaid ?? '')?.[0];
  expect(noticeNumber, noticeSaid ?? '').toBeTruthy();
  expect(notice.path).toContain(path.join('DOCUMENTACION_FALTANTE', `${noticeNumber}.pdf`));
  expect(notice.pages).toBe(1);
  says(
    notice,
    COMPANY.name,
    COMPANY.nit,
    'DOCUMENTACIÓN FALTANTE',
    noticeNumber!,
    SUBSCRIBER,
    REQUEST_TYPE,
    CAUSE,
    'no fue radicado',
  );
  expect(notice.text).toMatch(new RegExp(`DOCUMENTOS QUE FALTAN\\s+1\\. ${REQUIRED}\\s+DOCUMENTOS PRESENTADOS\\s+Ninguno`));
  await shot('70-vacia-05-tramite-rechazado');
  png(notice.path, '70-vacia-06-documentacion-faltante-pdf');

  // The user comes back with the cédula: ticked, the same form radicates.
  await required.check();
  await page.getByRole('button', { name: 'GUARDAR' }).click();
  const radicado = page.getByLabel('Número de radicado');
  await expect(radicado).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filingNumber = (await radicado.textContent())!;
  await expect(
    page.getByRole('table', { name: 'Documentos presentados' }).getByRole('row', { name: new RegExp(REQUIRED) }),
  ).toContainText('✓');
  const solicitud = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(solicitud.path).toContain(path.join('SOLICITUD_TRAMITE', `${filingNumber}.pdf`));
  says(solicitud, COMPANY.name, filingNumber, SUBSCRIBER, TITULAR_NAME, `${ROUTE.code} · ${ZONE}`, CHANNEL, REQUEST_TYPE, CAUSE);
  says(solicitud, ASESOR.fullName.toUpperCase());
  expect(solicitud.text).toMatch(new RegExp(`${REQUIRED} SÍ SÍ`));
  // The new tipo's own term, 10 business days from the test clock's Tuesday 24/11 (8/12 is a holiday).
  expect(solicitud.text).toMatch(/a más tardar el 09\/12\/2026:\s+10\s+días\s+hábiles/);
  await shot('70-vacia-07-tramite-radicado');
  png(solicitud.path, '70-vacia-08-solicitud-pdf');

  // SUSCRIPTOR → FACTURA with the new product.
  await openInvoiceScreen(page);
  await page.keyboard.press('Enter');
  await expect(await typeCode(page, SUBSCRIBER)).toBeVisible();
  await expect(page.getByRole('status', { name: 'Tercero elegido' })).toContainText(TITULAR_NAME);
  await typeProduct(page, 'baja presion');
  const lines = page.getByRole('table', { name: 'Productos de la factura' });
  await expect(lines).toContainText(PRODUCT.name);
  await expect(lines.getByLabel('Total')).toHaveText(pesos(PRODUCT.price));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const invoiceLabel = page.getByLabel('Número de factura');
  await expect(invoiceLabel).toHaveText(/^FAC-\d{4}-\d{6}$/);
  const invoiceNumber = (await invoiceLabel.textContent())!;
  const invoice = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(invoice.path).toContain(path.join('FACTURA', `${invoiceNumber}.pdf`));
  expect(invoice.pages).toBe(2);
  says(invoice, COMPANY.name, invoiceNumber, SUBSCRIBER, PRODUCT.name, 'ORIGINAL — USUARIO', 'COPIA — SOPORTE');
  // The signatures: the titular with the cédula typed at the matrícula, and the asesor.
  says(invoice, TITULAR_NAME.toUpperCase(), `C.C. ${TITULAR.documentNumber}`, ASESOR.fullName.toUpperCase());
  expect(invoice.text).toMatch(pesos(PRODUCT.price));
  await shot('70-vacia-09-factura');
  png(invoice.path, '70-vacia-10-factura-pdf');

  // RECAUDO → ABONO: the coupon for that factura.
  const debts = await openDebtsOf(page, SUBSCRIBER);
  await expect(debts.getByRole('row', { name: new RegExp(invoiceNumber) })).toContainText(pesos(PRODUCT.price));
  await expect(page.getByLabel('Total elegido')).toHaveText(pesos(PRODUCT.price));
  await page.getByRole('button', { name: 'GENERAR' }).click();
  const confirm = page.getByRole('dialog', { name: '¿Generar el cupón de pago?' });
  await expect(confirm.getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');
  const couponLabel = page.getByLabel('Número de cupón');
  await expect(couponLabel).toHaveText(/^CUP-\d{4}-\d{6}$/);
  const couponNumber = (await couponLabel.textContent())!;
  const coupon = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(coupon.path).toContain(path.join('CUPON', `${couponNumber}.pdf`));
  expect(coupon.pages).toBe(2);
  says(coupon, COMPANY.name, couponNumber, 'CUPÓN DE PAGO', invoiceNumber, SUBSCRIBER, ASESOR.fullName.toUpperCase());
  expect(coupon.text).toMatch(new RegExp(`TOTAL A PAGAR\\s+${pesos(PRODUCT.price).source}`));
  await shot('70-vacia-11-cupon');
  png(coupon.path, '70-vacia-12-cupon-pdf');

  // 8. The cajero: first login, the day's cash opened, the coupon scanned and paid in cash with change.
  await firstLogin(page, office.url, CAJERO.username, CAJERO.temporary, CAJERO.password);
  const receiptNumber = await openAndCollect(page, '200000', couponNumber, '50000');
  await expect(page.getByLabel('Cambio a entregar')).toHaveText(pesos(50_000 - PRODUCT.price));
  const receipt = await archivedFrom(
    page
      .getByRole('region', { name: `Recibo ${receiptNumber}` })
      .getByRole('alert')
      .filter({ hasText: 'archivado en' }),
    office.archiveDir,
  );
  expect(receipt.path).toContain(path.join('RECIBO', `${receiptNumber}.pdf`));
  expect(receipt.pages).toBe(2);
  says(receipt, COMPANY.name, 'PAGADO', receiptNumber, couponNumber, SUBSCRIBER, CAJERO.fullName, 'COPIA — CORTE DEL DÍA');
  expect(receipt.text).toMatch(new RegExp(`TOTAL PAGADO\\s+${pesos(PRODUCT.price).source}`));
  expect(receipt.text).toMatch(new RegExp(`CAMBIO\\s+${pesos(50_000 - PRODUCT.price).source}`));
  await shot('70-vacia-13-recibo');
  png(receipt.path, '70-vacia-14-recibo-pdf');

  // The factura is paid: the asesor's counter says so.
  await login(page, ASESOR.username, ASESOR.password, office.url);
  await openScreen(page, 'SUSCRIPTOR', 'Consulta de suscriptor');
  await page.getByLabel('Código, nombre, cédula o dirección del suscriptor').fill(SUBSCRIBER);
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('table', { name: 'Facturas del suscriptor' }).getByRole('row', { name: new RegExp(invoiceNumber) }),
  ).toContainText('PAGADA');
  await shot('70-vacia-15-suscriptor');
});
