import { demoUser, expect, invokeFromPage, login, openScreen, test } from './fixtures';

test('un asesor ingresa y ve su nombre, rol, puesto y fecha', async ({ page, shot }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Ingresar' })).toBeVisible();
  await shot('01-login');
  await login(page, 'asesor');
  const status = page.getByRole('contentinfo');
  await expect(status).toContainText(demoUser('asesor').fullName);
  await expect(status).toContainText('Asesor');
  await expect(status.getByLabel('Fecha')).toContainText(/\d{4}/);
  await expect(page.getByLabel('Código, nombre, cédula o dirección del suscriptor')).toBeFocused();
});

test('el ingreso se dibuja antes de que corra el script: lo escrito mientras carga se conserva e INGRESAR lo espera', async ({ page, shot }) => {
  // The application's script is held back: the page shows only what index.html brings.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByLabel('Usuario')).toBeFocused();
  await page.getByLabel('Usuario').fill('asesor');
  await page.getByLabel('Contraseña').fill(demoUser('asesor').password);
  const ingresar = page.getByRole('button', { name: 'INGRESAR' });
  await expect(ingresar).toBeDisabled();
  await shot('03-login-antes-del-script');
  // Enter before the script does nothing (no page reload, no form sent anywhere).
  await page.getByLabel('Contraseña').press('Enter');
  release();
  await expect(ingresar).toBeEnabled();
  await expect(page.getByLabel('Usuario')).toHaveValue('asesor');
  await page.getByLabel('Contraseña').press('Enter');
  await expect(page.getByRole('contentinfo')).toContainText(demoUser('asesor').fullName);
});

test('una contraseña equivocada muestra el mensaje del núcleo y deja intentar de nuevo', async ({ page, shot }) => {
  await login(page, 'asesor2', 'equivocada1');
  await expect(page.getByRole('alert')).toHaveText('Usuario o contraseña incorrectos');
  await expect(page.getByLabel('Contraseña')).toHaveValue('');
  await expect(page.getByLabel('Contraseña')).toBeFocused();
  await shot('02-login-error');
  await page.getByLabel('Contraseña').fill(demoUser('asesor2').password);
  await page.getByLabel('Contraseña').press('Enter');
  await expect(page.getByRole('contentinfo')).toContainText(demoUser('asesor2').fullName);
});

test('cinco intentos fallidos bloquean al usuario, aun con la contraseña correcta', async ({ page, shot }) => {
  // A user of its own: the lockout outlasts the test and must not touch the others.
  await page.goto('/');
  const admin = demoUser('admin');
  const session = (await invokeFromPage(page, 'auth.login', { username: admin.username, password: admin.password }, null)) as {
    data: { sessionId: string };
  };
  const username = `bloqueo${Date.now() % 100_000}`;
  const created = await invokeFromPage(
    page,
    'users.create',
    { username, fullName: 'Prueba Bloqueo', documentNumber: '', role: 'ASESOR', password: 'Yarumo-Blanco-417' },
    session.data.sessionId,
  );
  expect(created).toMatchObject({ ok: true });

  const password = page.getByLabel('Contraseña');
  await login(page, username, 'mala-1');
  for (let attempt = 2; attempt <= 6; attempt++) {
    // The screen empties the password once the answer is in: only then try again.
    await expect(password).toHaveValue('');
    await expect(page.getByRole('alert')).toHaveText('Usuario o contraseña incorrectos');
    if (attempt === 6) break;
    await password.fill(`mala-${attempt}`);
    await password.press('Enter');
  }
  await password.fill('Yarumo-Blanco-417');
  await password.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Usuario bloqueado por intentos fallidos');
  await shot('03-login-bloqueado');
});

test('tras los minutos de inactividad la sesión se bloquea y al desbloquear sigue la misma pantalla', async ({ page, shot }) => {
  // The page's clock is the office's (fixtures): fast-forwarding it is the user leaving the desk.
  await login(page, 'asesor');
  await openScreen(page, 'SUSCRIPTOR', 'Terceros');
  const doc = page.getByLabel('Número de documento del tercero');
  await doc.fill('123456');

  await page.clock.fastForward('11:00');
  const lock = page.getByRole('dialog', { name: 'Sesión bloqueada' });
  await expect(lock).toBeVisible();
  await shot('04-sesion-bloqueada');

  await lock.getByLabel('Contraseña').fill('equivocada1');
  await lock.getByLabel('Contraseña').press('Enter');
  await expect(lock.getByRole('alert')).toHaveText('Usuario o contraseña incorrectos');
  await lock.getByLabel('Contraseña').fill(demoUser('asesor').password);
  await lock.getByLabel('Contraseña').press('Enter');
  await expect(lock).toBeHidden();
  await expect(doc).toHaveValue('123456');
});

test('Cerrar sesión vuelve al ingreso', async ({ page }) => {
  await login(page, 'supervisor');
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await expect(page.getByRole('heading', { name: 'Ingresar' })).toBeVisible();
});
