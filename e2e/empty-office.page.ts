import { expect, type Locator, type Page } from '@playwright/test';
import { login, openScreen } from './fixtures';

/** An office set up from nothing, through ADMINISTRACIÓN's screens, as its administrator would. */

/** First login of a user with a temporary password: it must be changed before anything else. */
export async function firstLogin(page: Page, url: string, username: string, temporary: string, chosen: string): Promise<void> {
  await login(page, username, temporary, url);
  await expect(page.getByRole('heading', { name: 'Cambie su contraseña' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Módulos' })).toHaveCount(0);
  const form = page.getByRole('form', { name: 'Cambiar contraseña' });
  await form.getByLabel('Contraseña actual').fill(temporary);
  await form.getByLabel('Nueva contraseña', { exact: true }).fill(chosen);
  await form.getByLabel('Repita la nueva contraseña').fill(chosen);
  await form.getByLabel('Repita la nueva contraseña').press('Enter');
  await expect(page.getByRole('navigation', { name: 'Módulos' })).toBeVisible();
}

/** A catalog's tab and its «Nueva …» form. */
export async function newEntry(page: Page, tab: string, button: string, form: string): Promise<Locator> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('table', { name: tab })).toBeVisible();
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('form', { name: form });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** GUARDAR of a catalog form, and the screen's word that it was created. */
export async function saveEntry(page: Page, form: Locator, said: string): Promise<void> {
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByRole('status')).toHaveText(said);
  await expect(form).toBeHidden();
}

export interface NewUser {
  username: string;
  fullName: string;
  documentNumber: string;
  role: 'Asesor' | 'Cajero';
  temporary: string;
}

/** ADMINISTRACIÓN → Usuarios → NUEVO USUARIO, with a temporary password. */
export async function createUser(page: Page, user: NewUser): Promise<void> {
  await openScreen(page, 'ADMINISTRACIÓN', 'Usuarios');
  await page.getByRole('button', { name: 'NUEVO USUARIO' }).click();
  const form = page.getByRole('form', { name: 'Nuevo usuario' });
  await form.getByLabel('Usuario').fill(user.username);
  await form.getByLabel('Nombre completo').fill(user.fullName);
  await form.getByLabel('Cédula').fill(user.documentNumber);
  await form.getByLabel('Rol').selectOption({ label: user.role });
  await form.getByLabel('Contraseña inicial').fill(user.temporary);
  await form.getByLabel('Contraseña inicial').press('Enter');
  await expect(page.getByRole('status')).toContainText(`Usuario ${user.username} creado`);
  await expect(page.getByRole('row', { name: new RegExp(user.username) })).toContainText(user.role);
}

export interface NewTercero {
  documentNumber: string;
  names: string;
  surnames: string;
  mobile: string;
}

/** In a tercero lookup: the cédula, Enter, nobody → "+" → the tercero's form → GUARDAR chooses them. */
export async function addTercero(page: Page, within: Locator, t: NewTercero): Promise<void> {
  const lookup = within.getByLabel('Número de documento del tercero');
  await lookup.fill(t.documentNumber);
  await lookup.press('Enter');
  await expect(within.getByText(`No hay ningún tercero con el documento ${t.documentNumber}`)).toBeVisible();
  await within.getByRole('button', { name: 'Agregar tercero' }).click();
  const form = page.getByRole('form', { name: 'Nuevo tercero' });
  await expect(form.getByLabel('Número de documento')).toHaveValue(t.documentNumber);
  await form.getByLabel('Nombres').fill(t.names);
  await form.getByLabel('Apellidos').fill(t.surnames);
  await form.getByLabel('Celular').fill(t.mobile);
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(form).toBeHidden();
  await expect(within.getByRole('status', { name: 'Tercero elegido' })).toContainText(`${t.names} ${t.surnames}`);
}

/** Picks an entry of a native list the way the keyboard does, then Enter to move on. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const list = page.getByLabel(label, { exact: true });
  await expect(list).toBeFocused();
  await list.selectOption({ label: option });
  await page.keyboard.press('Enter');
}

export interface CompanyData {
  name: string;
  nit: string;
  address: string;
  phone: string;
  city: string;
}

/** ADMINISTRACIÓN → Empresa: what every document prints in its header. */
export async function enterCompany(page: Page, company: CompanyData): Promise<void> {
  await openScreen(page, 'ADMINISTRACIÓN', 'Empresa');
  const form = page.getByRole('form', { name: 'Datos de la empresa' });
  await expect(form.getByLabel('Nombre de la empresa')).toBeFocused();
  await form.getByLabel('Nombre de la empresa').fill(company.name);
  await form.getByLabel('NIT').fill(company.nit);
  await form.getByLabel('Dirección').fill(company.address);
  await form.getByLabel('Teléfono').fill(company.phone);
  await form.getByLabel('Ciudad').fill(company.city);
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(form.getByRole('status')).toContainText('Datos de la empresa guardados');
}

/** ADMINISTRACIÓN → Productos → NUEVO PRODUCTO, its price as typed ("47.500"), from today. */
export async function createProduct(
  page: Page,
  p: { code: string; name: string; category: string; price: string },
): Promise<void> {
  await openScreen(page, 'ADMINISTRACIÓN', 'Productos');
  await page.getByRole('button', { name: 'NUEVO PRODUCTO' }).click();
  const form = page.getByRole('form', { name: 'Nuevo producto' });
  await form.getByLabel('Código').fill(p.code);
  await form.getByLabel('Nombre').fill(p.name);
  await form.getByLabel('Categoría').selectOption(p.category);
  await form.getByLabel('Precio').fill(p.price);
  await form.getByLabel('Precio').press('Enter');
  await expect(form).toBeHidden();
}

/**
 * CAJA → Pago de cupón of a cashier with no session yet: the base, Enter; the coupon as a
 * scanner types it; cash handed over, Enter, REGISTRAR. Returns the receipt's number.
 */
export async function openAndCollect(page: Page, float: string, couponNumber: string, handed: string): Promise<string> {
  await expect(page.getByRole('region', { name: 'Caja cerrada' })).toBeVisible();
  await expect(page.getByLabel('Base de caja')).toBeFocused();
  await page.keyboard.type(float);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Caja abierta' })).toBeVisible();
  await expect(page.getByLabel('Número del cupón')).toBeFocused();
  await page.keyboard.type(couponNumber);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: `Cupón ${couponNumber}` })).toBeVisible();
  await expect(page.getByLabel('Recibido')).toBeFocused();
  await page.keyboard.type(handed);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'REGISTRAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const receipt = page.getByLabel('Número de recibo');
  await expect(receipt).toHaveText(/^REC-\d{4}-\d{6}$/);
  return (await receipt.textContent())!;
}
