import path from 'node:path';
import { expect, test } from '@playwright/test';
import { type BridgeClient, bridgeClient } from './bridge-client';
import { demoUser, login, openScreen } from './fixtures';
import { type Host, startHost } from './host';
import { archivedFrom, printAndRead } from './printed';
import { closeCode, connectToServer, createPuesto, makeServer, openPuestosYRed, pairWith, shot, windowOf } from './puestos.page';
import { openDebtsOf, pesos } from './recaudo.page';

/**
 * One office, several puestos (SPEC §9), as the admin and the counter staff click it: a computer
 * is made the servidor de la oficina and creates three puestos; three other computers are
 * connected to it with their codes; an asesor issues a coupon on one, the cashier collects it on
 * another, the supervisor sees the payment on the third; the server lists them with their users;
 * a revoked puesto is told so at its next action and is paired again with a new code. The
 * printed papers are archived on the server.
 */

// Four offices on a small machine, and a whole day's work across them.
test.describe.configure({ timeout: 360_000 });

const ON_LOOPBACK = { VENTANILLA_SERVER_HOST: '127.0.0.1', VENTANILLA_SERVER_PORT: '0' };
const UNPAIRED = /no está vinculado al servidor de la oficina, o su vinculación fue revocada/;

let server: Host;
let computers: Host[] = [];

test.beforeAll(async () => {
  test.setTimeout(360_000);
  // The server listens on loopback only (no announcing on the network); the others start as equipos únicos.
  server = await startHost({ demo: true, subscribers: 60, env: ON_LOOPBACK });
  computers = await Promise.all([1, 2, 3].map(() => startHost({ demo: true, subscribers: 5 })));
});
test.afterAll(async () => {
  await Promise.all([server, ...computers].map((h) => h?.stop()));
});

/** A subscriber of the server's office who owes something, as the asesor's RECAUDO would find them. */
async function debtorOnServer(office: BridgeClient): Promise<string> {
  const asesor = await office.login('asesor', demoUser('asesor').password);
  for (let code = 100_010; code < 100_060; code++) {
    const owed = await office.call<{ items: unknown[] }>('coupons.owed', { code: String(code) }, asesor);
    if (owed.ok && owed.data.items.length > 0) return String(code);
  }
  throw new Error('Ningún suscriptor del servidor tiene deudas');
}

test('a server, three puestos: coupon, payment and informe diario across them; one revoked and paired again', async ({
  browser,
}) => {
  const office = await bridgeClient(server.url);
  const code = await debtorOnServer(office);

  // The server's admin makes it the office server and creates the three puestos.
  const admin = await windowOf(browser, server);
  await login(admin.page, 'admin');
  await openPuestosYRed(admin.page);
  const address = await makeServer(admin.page);
  const names = ['ASESOR-01', 'CAJA-01', 'SUPERVISOR-01'];
  const codes: string[] = [];
  for (const name of names) {
    codes.push(await createPuesto(admin.page, name, address));
    if (name === 'ASESOR-01') await shot(admin.page, 'puestos-01-codigo');
    await closeCode(admin.page);
  }

  // Each computer's own admin connects it with its code.
  const [asesorWin, cajaWin, supervisorWin] = await Promise.all(computers.map((c) => windowOf(browser, c)));
  const wins = [asesorWin!, cajaWin!, supervisorWin!];
  for (const [i, win] of wins.entries()) {
    await connectToServer(win, address, codes[i]!, names[i]!);
  }
  await shot(asesorWin!.page, 'puestos-02-login-del-puesto');

  // ASESOR-01: the asesor (a user of the server) issues a coupon and prints it on the puesto.
  const asesor = asesorWin!.page;
  await login(asesor, 'asesor');
  await expect(asesor.getByLabel('Puesto de trabajo')).toHaveText('ASESOR-01');
  await openDebtsOf(asesor, code);
  await asesor.getByRole('button', { name: 'GENERAR' }).click();
  await asesor.getByRole('dialog', { name: '¿Generar el cupón de pago?' }).getByRole('button', { name: 'OK' }).click();
  await expect(asesor.getByLabel('Número de cupón')).toHaveText(/^CUP-\d{4}-\d{6}$/);
  const coupon = (await asesor.getByLabel('Número de cupón').textContent())!;
  const totalText = (await asesor.getByLabel('Total a pagar').textContent())!;
  const total = Number(totalText.replace(/\D/g, ''));
  const printedCoupon = await printAndRead(asesor.getByRole('button', { name: 'IMPRIMIR', exact: true }), server.archiveDir);
  expect(printedCoupon.path).toContain(path.join('CUPON', `${coupon}.pdf`));
  expect(printedCoupon.text).toContain(coupon);

  // CAJA-01: the cashier opens the day and collects the coupon; the receipt is archived on the server.
  const caja = cajaWin!.page;
  await login(caja, 'cajero');
  await expect(caja.getByLabel('Puesto de trabajo')).toHaveText('CAJA-01');
  await expect(caja.getByLabel('Base de caja')).toBeFocused();
  await caja.keyboard.type('100000');
  await caja.keyboard.press('Enter');
  await expect(caja.getByLabel('Número del cupón')).toBeFocused();
  await caja.keyboard.type(coupon);
  await caja.keyboard.press('Enter');
  await expect(caja.getByRole('region', { name: `Cupón ${coupon}` }).getByLabel('Total del cupón')).toHaveText(pesos(total));
  await expect(caja.getByLabel('Recibido')).toBeFocused();
  await caja.keyboard.type(String(Math.ceil(total / 10_000) * 10_000));
  await caja.keyboard.press('Enter');
  await expect(caja.getByRole('button', { name: 'REGISTRAR' })).toBeFocused();
  await caja.keyboard.press('Enter');
  await expect(caja.getByLabel('Número de recibo')).toHaveText(/^REC-\d{4}-\d{6}$/);
  const receipt = (await caja.getByLabel('Número de recibo').textContent())!;
  const receiptPdf = await archivedFrom(
    caja
      .getByRole('region', { name: `Recibo ${receipt}` })
      .getByRole('alert')
      .filter({ hasText: 'archivado en' }),
    server.archiveDir,
  );
  expect(receiptPdf.text).toContain(receipt);
  await shot(caja, 'puestos-03-caja');

  // SUPERVISOR-01: the day's report, read from the server, holds that payment.
  const supervisor = supervisorWin!.page;
  await login(supervisor, 'supervisor');
  await openScreen(supervisor, 'REPORTES', 'Informe diario');
  const receipts = supervisor.getByRole('table', { name: 'Recibos por cajero' });
  const paid = receipts.getByRole('row', { name: new RegExp(receipt) });
  await expect(paid).toContainText(code);
  await expect(paid).toContainText(pesos(total));
  await expect(paid).toContainText(demoUser('cajero').fullName);

  // The server lists its puestos, each with who is logged in there.
  await openPuestosYRed(admin.page);
  const table = admin.page.getByRole('table', { name: 'Puestos de la oficina' });
  for (const [i, user] of ['asesor', 'cajero', 'supervisor'].entries()) {
    const row = table.getByRole('row', { name: new RegExp(names[i]!) });
    await expect(row).toContainText('Vinculado');
    await expect(row).toContainText(`${demoUser(user).fullName} (${user})`);
    await expect(row).toContainText('127.0.0.1');
  }
  await shot(admin.page, 'puestos-04-servidor');

  // Revoked: the supervisor's next action there is refused and the puesto says why.
  await table.getByRole('button', { name: 'Revocar SUPERVISOR-01' }).click();
  const confirm = admin.page.getByRole('dialog', { name: 'Revocar el puesto SUPERVISOR-01' });
  await expect(confirm).toContainText(`Se cierra la sesión de ${demoUser('supervisor').fullName}`);
  await confirm.getByRole('button', { name: 'REVOCAR' }).click();
  await expect(admin.page.getByRole('region', { name: 'Puestos de la oficina' }).getByRole('status')).toHaveText(
    'Puesto SUPERVISOR-01 revocado; se cerró 1 sesión.',
  );
  await expect(table.getByRole('row', { name: /SUPERVISOR-01/ })).toContainText('Revocado');

  await openScreen(supervisor, 'REPORTES', 'Tablero');
  await expect(supervisor.getByRole('heading', { name: 'Ingresar' })).toBeVisible();
  await expect(supervisor.getByRole('alert')).toHaveText(UNPAIRED);
  await shot(supervisor, 'puestos-05-revocado');

  // Paired again from its login, with a new puesto's code and no session.
  const again = await createPuesto(admin.page, 'SUPERVISOR-02', address);
  await closeCode(admin.page);
  await supervisor.getByRole('button', { name: 'Vincular este equipo de nuevo' }).click();
  await pairWith(supervisor, address, again, 'SUPERVISOR-02');
  await login(supervisor, 'supervisor');
  await expect(supervisor.getByLabel('Puesto de trabajo')).toHaveText('SUPERVISOR-02');

  for (const win of [admin, ...wins]) expect(win.problems, 'errores o violaciones de CSP en la consola').toEqual([]);

  // The server goes down: the puesto says so at the top, keeps what was typed and keeps asking.
  await admin.page.context().close();
  await server.kill();
  await asesor.getByRole('button', { name: 'Nuevo cupón' }).click();
  const search = asesor.getByLabel('Código a buscar');
  await search.fill(code);
  await asesor.getByRole('button', { name: 'BUSCAR SUSCRIPTORES' }).click();
  const banner = asesor.getByRole('status', { name: 'Conexión con el servidor de la oficina' });
  await expect(banner).toHaveText('Sin conexión con el servidor de la oficina — reintentando', { timeout: 30_000 });
  await expect(search).toHaveValue(code);
  await shot(asesor, 'puestos-06-sin-servidor');
  expect(asesorWin!.problems).toEqual([]);
});
