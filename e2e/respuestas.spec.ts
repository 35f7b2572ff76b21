import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, login, openScreen, test } from './fixtures';
import { pdfPagePng, printAndRead } from './factura.page';
import { api, sessionOf, subscriberIn } from './pqr.page';

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

/**
 * Seed 002 steps 16–19 on the screens: the Coordinador de PQR answers a trámite from a decision
 * template and prints the oficio; Gestión documental records the failed personal notification,
 * posts the edicto with its computed removal date and prints it. The trámite is radicated
 * through the API (ALTO CONSUMO needs no field report), as the counter would.
 */
async function fileHighConsumption(page: Page): Promise<string> {
  const asesor = await sessionOf(page, 'asesor');
  const { code, ownerId } = await subscriberIn(page, 'ACTIVO', 100_020);
  const catalog = await api<{
    zones: { id: number; name: string }[];
    channels: { id: number; name: string }[];
    requestTypes: { id: number; name: string }[];
    causes: { id: number; name: string; service: string }[];
  }>(page, 'pqr.catalog', {}, asesor);
  const request = await api<{ filingNumber: string }>(
    page,
    'pqr.create',
    {
      requestKey: randomUUID(),
      zoneId: catalog.zones.find((z) => z.name === 'FLORENCIA')!.id,
      channelId: catalog.channels.find((c) => c.name === 'PERSONAL')!.id,
      subscriberCode: code,
      partyId: ownerId,
      service: 'ACUEDUCTO',
      requestTypeId: catalog.requestTypes.find((t) => t.name === 'RECLAMO')!.id,
      causeId: catalog.causes.find((c) => c.name === 'ALTO CONSUMO' && c.service === 'ACUEDUCTO')!.id,
      observation: `Código ${code}: reclama por alto consumo del último periodo`,
    },
    asesor,
  );
  return request.filingNumber;
}

/** Today at the office, and whether an edicto can be posted on it. */
async function officeDay(page: Page): Promise<{ today: string; businessDay: boolean }> {
  const session = await api<{ today: string }>(page, 'auth.session', {}, await sessionOf(page, 'admin'));
  const weekday = new Date(`${session.today}T12:00:00Z`).getUTCDay();
  const year = await api<{ holidays: { date: string }[] }>(
    page,
    'calendar.holidays',
    { year: Number(session.today.slice(0, 4)) },
    await sessionOf(page, 'admin'),
  );
  const holiday = year.holidays.some((h) => h.date === session.today);
  return { today: session.today, businessDay: weekday !== 0 && weekday !== 6 && !holiday };
}

test('seed 002 steps 16–19: oficio de respuesta from a template, failed personal notification, edicto printed', async ({
  page,
  shot,
}) => {
  await page.goto('/');
  const filingNumber = await fileHighConsumption(page);
  const { businessDay } = await officeDay(page);

  await login(page, 'coordinador');
  await openScreen(page, 'PQR', 'Respuestas');
  await page.getByRole('table', { name: 'Trámites por responder' }).getByRole('row').filter({ hasText: filingNumber }).click();
  const form = page.getByRole('form', { name: `Respuesta al trámite ${filingNumber}` });
  await form.getByRole('combobox', { name: 'Plantilla de respuesta' }).click();
  await page.getByRole('option', { name: 'NO ACCEDE A LA SOLICITUD' }).click();
  const body = form.getByLabel('Texto de la respuesta');
  await expect(body).toHaveValue(new RegExp(`radicada con el número ${filingNumber}.*por la causal ALTO CONSUMO`));
  await expect(form.getByText(/Sin dato para \{\{hallazgos\}\}/)).toBeVisible();
  const typed = (await body.inputValue()).replace(
    '[hallazgos: sin dato]',
    'la lectura del medidor corresponde al consumo facturado.',
  );
  await body.fill(typed);
  await expect(form.getByRole('combobox', { name: 'Tipo de respuesta (SUI)' })).toHaveText('3 · No accede');
  await form.getByRole('button', { name: 'GUARDAR' }).click();

  const saved = page.getByText(/Oficio de respuesta OFI-\d{4}-\d{6} guardado/);
  await expect(saved).toBeVisible();
  const letterNumber = /OFI-\d{4}-\d{6}/.exec((await saved.textContent())!)![0];
  await shot('respuestas-oficio');
  const letter = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR' }));
  expect(letter.pages).toBe(2);
  for (const words of [
    'OFICIO DE RESPUESTA',
    'R-07-011',
    letterNumber,
    `Radicado ${filingNumber}`,
    'ORIGINAL — USUARIO',
    'COPIA — SOPORTE',
  ])
    expect(letter.text).toContain(words);
  expect(letter.text.replace(/\s+/g, ' ')).toContain('la lectura del medidor corresponde al consumo facturado.');
  expect(letter.text).toContain('Recibí');
  expect(letter.text.toUpperCase()).toContain('FERNEY CHÁVEZ MUÑOZ');
  pdfPagePng(letter.path, path.join(SCREENS, 'respuestas-oficio-pdf'));

  await login(page, 'documental');
  await openScreen(page, 'PQR', 'Notificaciones');
  await page.getByRole('table', { name: 'Trámites por notificar' }).getByRole('row').filter({ hasText: filingNumber }).click();
  const notify = page.getByRole('form', { name: 'Registrar notificación' });
  const history = page.getByRole('table', { name: 'Notificaciones del trámite' });
  await notify.getByLabel('No se logró').check();
  await notify.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(notify.getByText('Observación: diga por qué no se pudo notificar')).toBeVisible();
  await notify
    .getByLabel('Observación: por qué no se pudo notificar')
    .fill('Predio cerrado en dos visitas; vecinos no dan razón');
  await notify.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(history).toContainText('Fallido');
  await expect(history).toContainText('Nubia Cuéllar Trujillo');

  await notify.getByRole('combobox', { name: 'Medio de notificación' }).click();
  await expect(page.getByRole('option', { name: /Correo electrónico/ })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('option', { name: 'Edicto' }).click();
  await notify.getByRole('button', { name: 'GUARDAR' }).click();
  if (!businessDay) {
    await expect(notify.getByText(/no es día hábil/)).toBeVisible();
    return;
  }
  await expect(history).toContainText(/EDI-\d{4}-\d{6}: fijado el .*, se desfija el/);
  await expect(page.getByRole('button', { name: /^DESFIJAR desde el/ })).toBeDisabled();
  await shot('notificaciones-edicto');
  const edict = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR EDICTO' }));
  expect(edict.pages).toBeGreaterThanOrEqual(2);
  const edictText = edict.text.replace(/\s+/g, ' ');
  for (const words of [
    'EDICTO',
    'R-07-012',
    letterNumber,
    'no pudo ser notificado personalmente',
    'diez (10) días hábiles',
    'Fijado el',
    'Desfijado el',
  ])
    expect(edictText).toContain(words);
  expect(edict.text.toUpperCase()).toContain('NUBIA CUÉLLAR TRUJILLO');
  pdfPagePng(edict.path, path.join(SCREENS, 'notificaciones-edicto-pdf'));
});
