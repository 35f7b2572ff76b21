import path from 'node:path';
import { expect, login, test } from './fixtures';
import { pdfPagePng, printAndRead } from './printed';
import { api, sessionOf, subscriberIn, typeTramite } from './pqr.page';

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

const CAUSE = 'CAMBIO DE MEDIDOR';
const REQUIRED = 'Fotografía de la lectura del medidor actual';
const OPTIONAL = 'Factura de compra del medidor nuevo';

test.describe.configure({ timeout: 120_000 });

test('seed 004: a causal’s required document missing, the trámite is refused and the Documentación faltante printed; brought, it is radicated and the solicitud lists it', async ({
  page,
  office,
  shot,
}) => {
  // ADMINISTRACIÓN → Catálogos is not on this branch: the requirements go in through the host's procedure.
  await page.goto('/');
  const admin = await sessionOf(page, 'admin');
  const causes = await api<{ id: number; name: string; service: string }[]>(page, 'causes.list', {}, admin);
  const cause = causes.find((c) => c.name === CAUSE && c.service === 'ACUEDUCTO')!;
  for (const [name, required] of [
    [REQUIRED, true],
    [OPTIONAL, false],
  ] as const) {
    await api(
      page,
      'requirements.create',
      { requestTypeId: null, causeId: cause.id, applicantKind: 'TITULAR', name, required },
      admin,
    );
  }
  const { code } = await subscriberIn(page, 'ACTIVO', 100_060);

  await login(page, 'asesor');
  await typeTramite(page, { code, service: 'ACUEDUCTO', requestType: 'PETICIÓN', cause: CAUSE });
  const documents = page.getByRole('group', { name: 'Documentos que presenta el usuario' });
  const required = documents.getByRole('checkbox', { name: `${REQUIRED} requerido` });
  const optional = documents.getByRole('checkbox', { name: `${OPTIONAL} opcional` });
  // Enter on the solicitante went to the first document; the user brought only the optional one.
  await expect(required).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(optional).toBeFocused();
  await page.keyboard.press('Space');
  await expect(optional).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('alert').filter({ hasText: 'Faltan documentos requeridos' })).toContainText(
    `Faltan documentos requeridos: ${REQUIRED}. El trámite no se radicó`,
  );
  await expect(page.getByLabel('Número de radicado')).toHaveCount(0);
  const faltante = page.getByRole('button', { name: 'IMPRIMIR DOCUMENTACIÓN FALTANTE' });
  await expect(faltante).toBeFocused();
  await shot('req-01-tramite-rechazado');

  const notice = await printAndRead(faltante, office.archiveDir);
  const said = page.getByRole('status', { name: 'Documentación faltante' });
  await expect(said).toContainText(/DF-\d{4}-\d{6}/);
  const number = /DF-\d{4}-\d{6}/.exec((await said.textContent())!)![0];
  expect(notice.path).toContain(path.join('DOCUMENTACION_FALTANTE', `${number}.pdf`));
  expect(notice.pages).toBe(1);
  for (const text of [
    'DOCUMENTACIÓN FALTANTE',
    number,
    CAUSE,
    'Titular',
    REQUIRED,
    OPTIONAL,
    'COPIA ÚNICA — USUARIO',
    'no fue radicado',
  ]) {
    expect(notice.text).toContain(text);
  }
  expect(notice.text).toMatch(new RegExp(`DOCUMENTOS QUE FALTAN\\s+1\\. ${REQUIRED}\\s+DOCUMENTOS PRESENTADOS\\s+${OPTIONAL}`));
  pdfPagePng(notice.path, path.join(SCREENS, 'req-02-documentacion-faltante-pdf'), 80);
  await shot('req-03-faltante-impreso');

  // The user comes back with it: ticked, the same form radicates.
  await required.check();
  await expect(faltante).toHaveCount(0);
  await page.getByRole('button', { name: 'GUARDAR' }).click();
  const radicado = page.getByLabel('Número de radicado');
  await expect(radicado).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filingNumber = (await radicado.textContent())!;
  const presented = page.getByRole('table', { name: 'Documentos presentados' });
  await expect(presented.getByRole('row', { name: new RegExp(REQUIRED) })).toContainText('✓');
  await shot('req-04-tramite-radicado');

  const solicitud = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(solicitud.path).toContain(path.join('SOLICITUD_TRAMITE', `${filingNumber}.pdf`));
  expect(solicitud.text).toContain('DOCUMENTOS PRESENTADOS');
  expect(solicitud.text).toMatch(new RegExp(`${REQUIRED} SÍ SÍ`));
  expect(solicitud.text).toMatch(new RegExp(`${OPTIONAL} NO SÍ`));
  pdfPagePng(solicitud.path, path.join(SCREENS, 'req-05-solicitud-pdf'), 80);
});
