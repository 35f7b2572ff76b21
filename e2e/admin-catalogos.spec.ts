import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, login, openScreen, test } from './fixtures';

// Eight catalogs and the audit export: 40 s on a loaded machine.
test.describe.configure({ timeout: 120_000 });

/** Opens a catalog's tab and its «Nueva …» form. */
async function newEntry(page: Page, tab: string, button: string, form: string): Promise<Locator> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  await expect(page.getByRole('table', { name: tab })).toBeVisible();
  await page.getByRole('button', { name: button }).click();
  return page.getByRole('form', { name: form });
}

test('el administrador mantiene los catálogos y lee sus cambios en la Auditoría, que exporta en CSV', async ({ page, shot }) => {
  // Four catalogs, a refusal, three deactivations and the trail: a long walk on a shared machine.
  test.setTimeout(360_000);
  await login(page, 'admin');
  await openScreen(page, 'ADMINISTRACIÓN', 'Catálogos');
  const zones = page.getByRole('table', { name: 'Zonas' });
  await expect(zones).toContainText('FLORENCIA');
  await expect(page.getByLabel('Buscar en zonas')).toBeFocused();

  // Zona, then a ruta in it.
  const zoneForm = await newEntry(page, 'Zonas', 'NUEVA ZONA', 'Nueva zona');
  await zoneForm.getByLabel('Nombre').fill('Milán');
  await zoneForm.getByLabel('Municipio').fill('Milán, Caquetá');
  await zoneForm.getByLabel('Municipio').press('Enter');
  await expect(page.getByRole('status')).toHaveText('Se creó la zona MILÁN.');
  await page.getByLabel('Buscar en zonas').fill('milan');
  await expect(zones.getByRole('row')).toHaveCount(2);

  const routeForm = await newEntry(page, 'Rutas', 'NUEVA RUTA', 'Nueva ruta');
  await routeForm.getByLabel('Zona').selectOption('MILÁN');
  await routeForm.getByLabel('Código').fill('09-001');
  await routeForm.getByLabel('Nombre').fill('Centro');
  await routeForm.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByRole('status')).toHaveText('Se creó la ruta 09-001.');
  await page.getByLabel('Buscar en rutas').fill('09-001');
  await expect(page.getByRole('table', { name: 'Rutas' }).getByRole('row', { name: /09-001/ })).toContainText('MILÁN');

  // A causal whose flags make no flow is refused on the flag, then saved.
  const causeForm = await newEntry(page, 'Causales', 'NUEVA CAUSAL', 'Nueva causal');
  await causeForm.getByLabel('Servicio').selectOption('ACUEDUCTO');
  await causeForm.getByLabel('Nombre').fill('Revisión de acometida');
  await causeForm.getByLabel('Grupo SUI').selectOption('P');
  await causeForm.getByLabel('Código SUI').fill('214');
  await causeForm.getByLabel('Término en horas').fill('48');
  await causeForm.getByLabel('Cierra con el informe').check();
  await causeForm.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(causeForm.getByText('Informe de terreno: una causal que cierra con el informe')).toBeVisible();
  await shot('67-catalogos-causal-rechazada');
  await causeForm.getByLabel('Informe de terreno').check();
  await causeForm.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByRole('status')).toHaveText('Se creó la causal REVISIÓN DE ACOMETIDA (ACUEDUCTO).');

  const requirementForm = await newEntry(page, 'Requisitos', 'NUEVO REQUISITO', 'Nuevo requisito');
  await requirementForm.getByLabel('Requisito').fill('Fotocopia de la cédula del titular');
  await requirementForm.getByLabel('Causal').selectOption('REVISIÓN DE ACOMETIDA (ACUEDUCTO)');
  await requirementForm.getByLabel('Solicitante').selectOption('TITULAR');
  await requirementForm.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByRole('status')).toHaveText('Se creó el requisito Fotocopia de la cédula del titular.');
  await page.getByLabel('Buscar en requisitos').fill('acometida');
  await expect(page.getByRole('table', { name: 'Requisitos' }).getByRole('row', { name: /Fotocopia/ })).toContainText(
    'REVISIÓN DE ACOMETIDA',
  );

  // A zona with active rutas cannot be deactivated; its ruta can, then the zona.
  await page.getByRole('tab', { name: 'Zonas', exact: true }).click();
  await page.getByLabel('Buscar en zonas').fill('milán');
  await page.getByRole('button', { name: 'Desactivar la zona MILÁN' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'DESACTIVAR' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'No se puede desactivar la zona MILÁN: tiene 1 ruta activa; desactívelas primero.',
  );
  await page.getByRole('tab', { name: 'Rutas', exact: true }).click();
  await page.getByLabel('Buscar en rutas').fill('09-001');
  await page.getByRole('button', { name: 'Desactivar la ruta 09-001' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'DESACTIVAR' }).click();
  await expect(page.getByRole('status')).toHaveText('Se desactivó la ruta 09-001.');
  await page.getByRole('tab', { name: 'Zonas', exact: true }).click();
  await page.getByLabel('Buscar en zonas').fill('milán');
  await page.getByRole('button', { name: 'Desactivar la zona MILÁN' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'DESACTIVAR' }).click();
  await expect(page.getByRole('status')).toHaveText('Se desactivó la zona MILÁN.');
  await expect(zones.getByRole('row', { name: /MILÁN/ })).toContainText('Inactivo');
  await page.getByLabel('Buscar en zonas').fill('');
  await shot('68-catalogos-zonas');

  // Auditoría: the changes, newest first, and the CSV of them.
  await openScreen(page, 'ADMINISTRACIÓN', 'Auditoría');
  const trail = page.getByRole('table', { name: 'Auditoría' });
  const actions = trail.getByRole('row').nth(1);
  await expect(actions).toContainText('Zonas — desactivar');
  await expect(actions).toContainText('Activo: Sí → No');
  for (const [i, action] of [
    'Rutas — desactivar',
    'Requisitos — crear',
    'Causales — crear',
    'Rutas — crear',
    'Zonas — crear',
  ].entries()) {
    await expect(trail.getByRole('row').nth(i + 2)).toContainText(action);
  }
  await expect(trail.getByRole('row').nth(5)).toContainText('Código: 09-001');
  await expect(trail.getByRole('row').nth(6)).toContainText('Nombre: MILÁN');

  await page.getByLabel('Tipo de registro').selectOption('zone');
  await page.getByRole('button', { name: 'BUSCAR' }).click();
  await expect(trail.getByRole('row')).toHaveCount(3);
  await shot('69-auditoria');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportar CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^auditoria-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(lines[0]).toBe(
    '\uFEFFFecha y hora;Usuario;Puesto;Acción;Tipo de registro;Registro;Cambios;Procedimiento;Instante (UTC);Antes;Después',
  );
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(';admin;');
  expect(lines[1]).toContain(';Zonas — desactivar;Zona;');
  expect(lines[2]).toContain(';Zonas — crear;Zona;');
  expect(lines[2]).toContain('Nombre: MILÁN · Municipio: Milán, Caquetá · Activo: Sí');
  await expect(page.getByRole('status')).toContainText('con 2 acciones.');
});
