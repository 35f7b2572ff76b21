import { demoUser, expect, invokeFromPage, login, openScreen, test } from './fixtures';

const SEARCH = 'Código, nombre, cédula o dirección del suscriptor';

test('código + Enter abre el suscriptor con su cuenta y su consumo', async ({ page, shot }) => {
  await login(page, 'asesor');
  const field = page.getByLabel(SEARCH);
  await field.fill('100001');
  await field.press('Enter');
  const view = page.getByRole('article', { name: 'Suscriptor 100001' });
  await expect(view).toBeVisible();
  await expect(view.getByLabel('Saldo')).toContainText('$');
  await expect(view.getByRole('region', { name: 'Predio' })).toContainText('Estrato');
  await expect(view.getByRole('region', { name: 'Titular' })).toContainText('Documento');
  await expect(view.getByRole('table', { name: 'Estado de cuenta' }).getByRole('row').nth(1)).toBeVisible();
  await expect(view.getByLabel('Gráfico de consumo por periodo')).toBeVisible();
  await shot('10-suscriptor');

  await field.fill('999999');
  await field.press('Enter');
  await expect(page.getByText('No existe un suscriptor con el código 999999.')).toBeVisible();
  await expect(view).toBeVisible();

  // Another screen and back: the subscriber is still there and the field has the focus.
  await openScreen(page, 'SUSCRIPTOR', 'Terceros');
  await expect(page.getByLabel('Número de documento del tercero')).toBeFocused();
  await openScreen(page, 'SUSCRIPTOR', 'Consulta de suscriptor');
  await expect(view).toBeVisible();
  await expect(field).toBeFocused();
});

test('por nombre, con o sin tildes, flechas y Enter eligen', async ({ page, shot }) => {
  await login(page, 'asesor');
  const field = page.getByLabel(SEARCH);
  const list = page.getByRole('listbox', { name: 'Suscriptores encontrados' });
  const options = list.getByRole('option');

  await field.fill('Núñez');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(options.first()).toContainText('Núñez');
  const withAccents = await options.allTextContents();

  await field.fill('nunez');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(options.first()).toContainText('Núñez');
  expect(await options.allTextContents()).toEqual(withAccents);
  await shot('11-busqueda');

  await field.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const code = (await options.nth(1).textContent())?.slice(0, 6) ?? '';
  await field.press('Enter');
  await expect(page.getByRole('article', { name: `Suscriptor ${code}` })).toBeVisible();
  await expect(options).toHaveCount(0);

  await field.press('Escape');
  await expect(field).toHaveValue('');
});

test('los periodos de alto consumo se ven en otro color, con su umbral', async ({ page, shot }) => {
  await login(page, 'asesor');
  // Which subscriber has alto consumo depends on the generated history: ask the core.
  const asesor = demoUser('asesor');
  const session = (await invokeFromPage(page, 'auth.login', { username: asesor.username, password: asesor.password }, null)) as {
    data: { sessionId: string };
  };
  let found: { code: string; high: number } | null = null;
  for (let n = 100001; n <= 100300 && !found; n++) {
    const view = (await invokeFromPage(page, 'subscribers.view', { code: String(n) }, session.data.sessionId)) as {
      ok: boolean;
      data: { consumption: { high: boolean }[] };
    };
    const high = view.ok ? view.data.consumption.filter((p) => p.high).length : 0;
    if (high > 0) found = { code: String(n), high };
  }
  expect(found, 'la oficina de demostración tiene algún alto consumo').not.toBeNull();
  const { code, high } = found!;

  const field = page.getByLabel(SEARCH);
  await field.fill(code);
  await field.press('Enter');
  const chart = page.getByRole('region', { name: 'Consumo últimos 12 periodos' });
  await expect(chart.getByText(`Alto consumo: ${high} ${high === 1 ? 'periodo' : 'periodos'}`)).toBeVisible();
  await expect(chart.locator('svg [fill="#d84315"]')).toHaveCount(high);
  await expect(chart).toContainText('umbral');
  await shot('12-suscriptor-alto-consumo');
});
