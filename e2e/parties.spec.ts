import { expect, login, openScreen, test } from './fixtures';

test('un tercero que no existe se agrega con +, validado en el formulario', async ({ page, shot }) => {
  await login(page, 'asesor');
  await openScreen(page, 'SUSCRIPTOR', 'Terceros');
  const number = `10${Date.now() % 100_000_000}`.padEnd(10, '7');
  const lookup = page.getByLabel('Número de documento del tercero');
  await expect(lookup).toBeFocused();
  await lookup.fill(number);
  await lookup.press('Enter');
  await expect(page.getByText(`No hay ningún tercero con el documento ${number}`)).toBeVisible();

  await page.getByRole('button', { name: 'Agregar tercero' }).click();
  const form = page.getByRole('form', { name: 'Nuevo tercero' });
  await expect(form.getByLabel('Número de documento')).toHaveValue(number);
  await expect(form.getByLabel('Nombres')).toBeFocused();
  await form.getByLabel('Nombres').fill('María Fernanda');
  await form.getByLabel('Celular').fill('31012');
  await form.getByLabel('Autorizó la notificación por correo electrónico').check();
  await form.getByLabel('Nombres').press('Enter');
  await expect(form.getByText('Celular: 10 dígitos, sin espacios')).toBeVisible();
  await expect(form.getByText('Apellidos: es obligatorio')).toBeVisible();
  await expect(form.getByText('Correo: es obligatorio cuando autoriza')).toBeVisible();
  await shot('20-tercero-errores');

  await form.getByLabel('Apellidos').fill('Núñez Cabrera');
  await form.getByLabel('Celular').fill('3101234567');
  await form.getByLabel('Correo electrónico', { exact: true }).fill('maria.nunez@example.com');
  await expect(form.getByLabel('Fecha de la autorización')).not.toHaveValue('');
  await form.getByRole('button', { name: 'GUARDAR' }).click();

  const table = page.getByRole('table', { name: 'Terceros encontrados' });
  await expect(table).toContainText('María Fernanda Núñez Cabrera');
  await expect(table).toContainText(`CC ${number}`);
  await shot('21-tercero-guardado');

  await lookup.fill(number);
  await lookup.press('Enter');
  await expect(table.getByRole('row')).toHaveCount(2);

  await table.getByRole('button', { name: 'Editar tercero María Fernanda Núñez Cabrera' }).click();
  const edit = page.getByRole('form', { name: 'Editar tercero' });
  await edit.getByLabel('Dirección').fill('Calle 15 # 11-6, barrio Santo Domingo');
  await edit.getByLabel('Dirección').press('Enter');
  await expect(edit).toBeHidden();
  await expect(table).toContainText('Calle 15 # 11-6, barrio Santo Domingo');
});
