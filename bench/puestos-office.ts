import { createCore } from '../electron/core/app';
import { PAIR_PATH } from '../electron/office/protocol';
import { pinnedAgent, postJson, presentedCertificate } from '../electron/office/remote';
import type { WorkerConfig } from './puesto-worker';
import type { UiHost } from './ui-host';

/** The bench office made ready for puestos.bench.ts, and puestos paired with its server. */

const TEMPORARY_PASSWORD = 'Girasol-Tranvia-4821';
/** What every user of the bench's puestos chose at the first login. */
export const PUESTOS_PASSWORD = 'Murcielago-Piano-7302';

export interface Prepared {
  users: { username: string; kind: WorkerConfig['kind'] }[];
  codes: string[][];
  coupons: { number: string; total: number }[][];
}

/** Before the server opens the copy: the puestos' users, the códigos their customers bring, the cajas' piles of coupons. */
export function prepare(
  file: string,
  size: { mostradores: number; cajas: number; codesPerMostrador: number; couponsPerCaja: number },
): Prepared {
  const { mostradores, cajas, codesPerMostrador, couponsPerCaja } = size;
  const core = createCore({ file, workstation: 'PREPARACION', checkpointEveryMs: 0, log: (m, e) => console.error(m, e) });
  try {
    // Nothing is measured here: the piles are made without a disk flush per coupon.
    core.sqlite.pragma('synchronous = OFF');
    const call = <T>(session: string | null, name: string, input: unknown): T => {
      const result = core.dispatch(session, name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.data as T;
    };
    const login = (username: string, password: string) =>
      call<{ sessionId: string }>(null, 'auth.login', { username, password }).sessionId;
    const admin = login('admin', 'Admin2026');
    const users = [
      ...Array.from({ length: mostradores }, (_, i) => ({
        username: `asesor.p${i + 1}`,
        kind: 'MOSTRADOR' as const,
        role: 'ASESOR',
      })),
      ...Array.from({ length: cajas }, (_, i) => ({ username: `cajero.p${i + 1}`, kind: 'CAJA' as const, role: 'CAJERO' })),
    ];
    for (const [i, user] of users.entries()) {
      const { username, role } = user;
      call(admin, 'users.create', {
        username,
        fullName: `Persona de puesto ${i + 1}`,
        documentNumber: '',
        role,
        password: TEMPORARY_PASSWORD,
      });
      call(login(username, TEMPORARY_PASSWORD), 'auth.changePassword', { current: TEMPORARY_PASSWORD, next: PUESTOS_PASSWORD });
    }
    const total = core.sqlite.prepare('SELECT count(*) FROM subscribers').pluck().get() as number;
    const sample = core.sqlite
      .prepare(
        `SELECT code, owner_party_id AS party FROM subscribers WHERE status <> 'CANCELADO' ORDER BY (id * 7919) % ? LIMIT ?`,
      )
      .all(total, mostradores * codesPerMostrador + cajas * couponsPerCaja) as { code: string; party: number }[];
    const codes = Array.from({ length: mostradores }, (_, m) =>
      sample.slice(m * codesPerMostrador, (m + 1) * codesPerMostrador).map((s) => s.code),
    );
    const asesor = login('asesor', 'Asesor2026');
    const product = core.sqlite.prepare("SELECT id FROM products WHERE code = 'REC'").pluck().get() as number;
    const chargeOf = core.sqlite.prepare('SELECT charge_entry_id FROM invoices WHERE number = ?').pluck();
    const payers = sample.slice(mostradores * codesPerMostrador);
    const coupons = Array.from({ length: cajas }, (_, c) =>
      payers.slice(c * couponsPerCaja, (c + 1) * couponsPerCaja).map(({ code, party }, i) => {
        const invoice = call<{ number: string }>(asesor, 'invoices.create', {
          requestKey: `bench-puestos-factura-${c}-${i}`,
          paymentForm: 'CONTADO',
          subscriberCode: code,
          partyId: party,
          lines: [{ productId: product, quantity: 1 }],
          observation: `Código ${code}, reconexión del servicio`,
        });
        return call<{ number: string; total: number }>(asesor, 'coupons.create', {
          requestKey: `bench-puestos-cupon-${c}-${i}`,
          subscriberCode: code,
          chargeIds: [chargeOf.get(invoice.number)],
        });
      }),
    );
    core.checkpoint();
    return { users, codes, coupons };
  } finally {
    core.close();
  }
}

/** A new puesto on the server and its key, as station.pair gets it (one-time code, pinned certificate). */
export async function pairPuesto(server: UiHost, admin: string, address: string, name: string) {
  const created = await server.call<{ code: string }>('puestos.create', { name }, admin);
  const pin = { address, ...(await presentedCertificate(address)) };
  const agent = pinnedAgent(pin, false);
  try {
    const answer = (await postJson(agent, address, PAIR_PATH, { code: created.code })).body as
      { ok: true; data: { name: string; key: string } } | { ok: false; error: { message: string } };
    if (!answer.ok) throw new Error(`emparejar ${name}: ${answer.error.message}`);
    return { pin, key: answer.data.key };
  } finally {
    agent.destroy();
  }
}
