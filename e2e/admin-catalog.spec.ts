import { expect, login, openScreen, test } from './fixtures';
import { printAndRead } from './printed';
import { bandsPng } from './png';

/** "2026-11-23" → the next civil day, and how the screens print it (24/11/2026). */
function nextDay(date: string): { iso: string; shown: string } {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  const iso = d.toISOString().slice(0, 10);
  return { iso, shown: iso.split('-').reverse().join('/') };
}

test('el administrador crea un producto y le programa un precio desde mañana', async ({ page, shot }) => {
  await login(page, 'admin');
  await openScreen(page, 'ADMINISTRACIÓN', 'Productos');
  const table = page.getByRole('table', { name: 'Productos' });
  await expect(table).toContainText('RECONEXIÓN DEL SERVICIO');
  await expect(page.getByLabel('Buscar producto')).toBeFocused();
  await shot('60-productos');

  await page.getByRole('button', { name: 'NUEVO PRODUCTO' }).click();
  const form = page.getByRole('form', { name: 'Nuevo producto' });
  await form.getByLabel('Código').fill('INSP');
  await form.getByLabel('Nombre').fill('Inspección de fugas');
  await form.getByLabel('Categoría').selectOption('ESPECIAL');
  await form.getByLabel('Precio').fill('45.000,50');
  await form.getByLabel('Precio').press('Enter');
  await expect(form.getByText('Precio: en pesos enteros, sin decimales')).toBeVisible();
  await shot('61-producto-nuevo-error');
  await form.getByLabel('Precio').fill('45.000');
  await form.getByLabel('Precio').press('Enter');
  await expect(page.getByRole('status')).toContainText('Producto INSP — INSPECCIÓN DE FUGAS creado con precio $ 45.000');

  await page.getByLabel('Buscar producto').fill('fugas');
  const row = table.getByRole('row', { name: /INSPECCIÓN DE FUGAS/ });
  await expect(row).toContainText('Especial');
  await expect(row).toContainText('$ 45.000');

  await row.getByRole('button', { name: 'Cambiar precio de INSP' }).click();
  const priceForm = page.getByRole('form', { name: 'Cambiar precio de INSP' });
  await expect(priceForm.getByLabel('Nuevo precio')).toBeFocused();
  const today = await priceForm.getByLabel('Vigente desde').inputValue();
  const tomorrow = nextDay(today);
  await priceForm.getByLabel('Nuevo precio').fill('48500');
  await priceForm.getByLabel('Vigente desde').fill(tomorrow.iso);
  await shot('62-cambiar-precio');
  await priceForm.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(priceForm).toBeHidden();
  await expect(row).toContainText('$ 45.000');
  await expect(row).toContainText(`$ 48.500 desde ${tomorrow.shown}`);
  await shot('63-precio-programado');

  await row.getByRole('button', { name: 'Historial de precios de INSP' }).click();
  const history = page.getByRole('table', { name: 'Historial de precios' });
  await expect(history.getByRole('row', { name: /48\.500/ })).toContainText('Programado');
  await expect(history.getByRole('row', { name: /45\.000/ })).toContainText('Vigente');
  await shot('64-historial-precios');
  await page.getByRole('button', { name: 'Cerrar' }).click();
});

test('el administrador cambia el nombre y el logo de la empresa', async ({ page, shot }) => {
  await login(page, 'admin');
  await openScreen(page, 'ADMINISTRACIÓN', 'Empresa');
  const form = page.getByRole('form', { name: 'Datos de la empresa' });
  const name = form.getByLabel('Nombre de la empresa');
  await expect(name).toHaveValue(/AGUAS DE FLORENCIA/);
  await expect(name).toBeFocused();

  await form.getByRole('button', { name: 'Quitar logo' }).click();
  await expect(form.getByText('Sin logo')).toBeVisible();
  await form.getByLabel('Archivo del logo').setInputFiles({
    name: 'grande.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300 * 1024)]),
  });
  await expect(form.getByText('Logo: máximo 200 KB; este archivo pesa 301 KB')).toBeVisible();

  const logo = bandsPng(240, 90, [
    [13, 74, 107],
    [0, 137, 123],
    [249, 168, 37],
  ]);
  await form.getByLabel('Archivo del logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
  await expect(form.getByRole('img', { name: 'Logo de la empresa' })).toBeVisible();
  await name.fill('AGUAS DEL CAQUETÁ S.A. E.S.P.');
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(form.getByRole('status')).toContainText('Datos de la empresa guardados');
  await shot('65-empresa');

  await page.reload();
  await login(page, 'admin');
  await openScreen(page, 'ADMINISTRACIÓN', 'Empresa');
  await expect(page.getByLabel('Nombre de la empresa')).toHaveValue('AGUAS DEL CAQUETÁ S.A. E.S.P.');
  await expect(page.getByRole('img', { name: 'Logo de la empresa' })).toHaveAttribute(
    'src',
    `data:image/png;base64,${logo.toString('base64')}`,
  );
});

test('el administrador elige papel Oficio e imprime la página de prueba, que queda archivada en PDF', async ({
  page,
  office,
  shot,
}) => {
  await login(page, 'admin');
  await openScreen(page, 'ADMINISTRACIÓN', 'Impresión');
  const form = page.getByRole('form', { name: 'Configuración de impresión' });
  await expect(form.getByLabel('Impresora de documentos')).toBeFocused();
  await expect(page.getByText('Navegador', { exact: true })).toBeVisible();
  const print = page.getByRole('button', { name: 'IMPRIMIR PÁGINA DE PRUEBA' });

  await form.getByLabel('Papel').selectOption('OFICIO');
  await expect(print).toBeDisabled();
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(form.getByRole('status')).toContainText('Configuración de impresión de');
  await expect(print).toBeEnabled();

  // Whether this computer has a printer or not, the PDF is archived and the message says where.
  const printed = await printAndRead(print, office.archiveDir);
  await shot('66-impresion-prueba');
  // A test page is no business document: it is archived apart, under PRUEBAS.
  expect(printed.relative).toMatch(/^PRUEBAS\/\d{4}\/\d{2}\/PRUEBA-[A-Z0-9-]+\.pdf$/);
  expect(printed.text).toContain('PÁGINA DE PRUEBA DE IMPRESIÓN');
  // Colombian oficio, 216 × 330 mm, in PDF points.
  expect(printed.pageSize).toMatch(/^612(\.\d+)? x 935(\.\d+)? pts/);

  await print.click();
  await expect(page.getByText(/\(REIMPRESIÓN 1\).+archivado en .+-R1\.pdf/)).toBeVisible({ timeout: 30_000 });

  // The worker's office goes on to other specs (CAJA's receipts on Carta): leave its paper as it was.
  await form.getByLabel('Papel').selectOption('CARTA');
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(form.getByRole('status')).toContainText('Configuración de impresión de');
});
