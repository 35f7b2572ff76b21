import { FIRST_ADMIN } from '../db/seed/users';
import { expect, login, test } from './fixtures';
import { type Host, startHost } from './host';

let empty: Host;
test.beforeAll(async () => {
  empty = await startHost({ demo: false });
});
test.afterAll(async () => {
  await empty.stop();
});

test('en una oficina vacía el primer administrador debe cambiar la contraseña antes de todo', async ({ page, shot }) => {
  await login(page, FIRST_ADMIN.username, FIRST_ADMIN.password, empty.url);
  await expect(page.getByRole('heading', { name: 'Cambie su contraseña' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Módulos' })).toHaveCount(0);
  await shot('50-primer-ingreso');

  const form = page.getByRole('form', { name: 'Cambiar contraseña' });
  await form.getByLabel('Contraseña actual').fill(FIRST_ADMIN.password);
  await form.getByLabel('Nueva contraseña', { exact: true }).fill('Oficina2027');
  await form.getByLabel('Repita la nueva contraseña').fill('Oficina2028');
  await form.getByLabel('Repita la nueva contraseña').press('Enter');
  await expect(form.getByText('Las dos contraseñas nuevas no coinciden')).toBeVisible();
  await form.getByLabel('Repita la nueva contraseña').fill('Oficina2027');
  await form.getByLabel('Repita la nueva contraseña').press('Enter');
  await expect(form.getByText('Contraseña: es muy común o fácil de adivinar', { exact: false })).toBeVisible();
  await form.getByLabel('Nueva contraseña', { exact: true }).fill('Caqueta-Brisa-52');
  await form.getByLabel('Repita la nueva contraseña').fill('Caqueta-Brisa-52');
  await form.getByLabel('Repita la nueva contraseña').press('Enter');

  await expect(page.getByRole('navigation', { name: 'Módulos' }).getByRole('button', { name: 'ADMINISTRACIÓN' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Usuarios' })).toContainText(FIRST_ADMIN.username);
});
