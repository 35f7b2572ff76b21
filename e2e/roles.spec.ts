import { demoUser, expect, invokeFromPage, login, test } from './fixtures';

test('el asesor no ve CAJA ni ADMINISTRACIÓN, y el núcleo le niega users.list', async ({ page }) => {
  await login(page, 'asesor');
  const menu = page.getByRole('navigation', { name: 'Módulos' });
  await expect(menu.getByRole('button', { name: 'SUSCRIPTOR' })).toBeVisible();
  await expect(menu.getByRole('button', { name: 'CAJA' })).toHaveCount(0);
  await expect(menu.getByRole('button', { name: 'ADMINISTRACIÓN' })).toHaveCount(0);

  // No CAJA procedure exists yet: an ADMINISTRACION one shows the same main-process check.
  const asesor = demoUser('asesor');
  const session = (await invokeFromPage(page, 'auth.login', { username: asesor.username, password: asesor.password }, null)) as {
    ok: boolean;
    data: { sessionId: string };
  };
  expect(session.ok).toBe(true);
  const refused = await invokeFromPage(page, 'users.list', {}, session.data.sessionId);
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('el cajero ve solo CAJA: Pago de cupón y Corte de caja', async ({ page, shot }) => {
  await login(page, 'cajero');
  const menu = page.getByRole('navigation', { name: 'Módulos' });
  await expect(menu.getByRole('button', { name: 'SUSCRIPTOR' })).toHaveCount(0);
  await menu.getByRole('button', { name: 'CAJA' }).click();
  for (const name of ['Pago de cupón', 'Corte de caja']) {
    const item = page.getByRole('menuitem', { name });
    await expect(item).toBeVisible();
    await expect(item).not.toHaveAttribute('aria-disabled', 'true');
  }
  await shot('30-cajero-menu');
});
