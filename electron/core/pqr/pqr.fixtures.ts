import type { Service } from '../../../db/schema/enums';
import { ok, type TestOffice } from '../../../db/testing';
import { cash, couponFor, key, reconnectionFactura } from '../cash/cash.fixtures';
import type { PqrInput } from '../contract/pqr.contract';

/** Test helpers for PQR → TRÁMITE: catalog ids by name, a paid reconnection, a radicated trámite. */
const idOf = (office: TestOffice, sql: string, ...args: unknown[]) => {
  const row = office.sqlite.prepare(sql).get(...args) as { id: number } | undefined;
  if (!row) throw new Error(`Not found: ${sql} ${args.join(', ')}`);
  return row.id;
};

export const causeId = (office: TestOffice, name: string, service: Service = 'ACUEDUCTO') =>
  idOf(office, 'SELECT id FROM causes WHERE name = ? AND service = ?', name, service);
export const requestTypeId = (office: TestOffice, name: string) =>
  idOf(office, 'SELECT id FROM request_types WHERE name = ?', name);
export const ownerOf = (office: TestOffice, code: string) =>
  idOf(office, 'SELECT owner_party_id AS id FROM subscribers WHERE code = ?', code);

export interface FileOptions {
  code?: string;
  cause?: string;
  service?: Service;
  requestType?: string;
  appointment?: PqrInput['appointment'];
  observation?: string;
}

/** The PQR → TRÁMITE form filled as the seeds do (FLORENCIA, PERSONAL), for a causal by name. */
export function pqrForm(office: TestOffice, o: FileOptions = {}): PqrInput {
  const code = o.code ?? '100010';
  const service = o.service ?? 'ACUEDUCTO';
  return {
    requestKey: key(),
    zoneId: idOf(office, `SELECT id FROM zones WHERE name = 'FLORENCIA'`),
    channelId: idOf(office, `SELECT id FROM channels WHERE name = 'PERSONAL'`),
    subscriberCode: code,
    partyId: ownerOf(office, code),
    service,
    requestTypeId: requestTypeId(office, o.requestType ?? 'PETICIÓN'),
    causeId: causeId(office, o.cause ?? 'ALTO CONSUMO', service),
    observation: o.observation ?? `Código ${code} · usuario solicita revisión`,
    ...(o.appointment ? { appointment: o.appointment } : {}),
  };
}

export const filePqr = (office: TestOffice, session: string, o: FileOptions = {}) =>
  ok(office.call(session, 'pqr.create', pqrForm(office, o)));

/** Seed 001 up to the payment: the reconnection factura, its coupon, paid at CAJA. */
export function paidReconnection(office: TestOffice, code = '100004') {
  const asesor = office.login('asesor');
  const cajero = office.login('cajero');
  const invoice = reconnectionFactura(office, asesor, code);
  const coupon = couponFor(office, asesor, invoice.number);
  const open = office.call(cajero, 'cash.current', {});
  if (!open.ok || !open.data.session) ok(office.call(cajero, 'cash.open', { openingFloat: 100_000 }));
  ok(office.call(cajero, 'cash.collect', { requestKey: key(), couponNumber: coupon.number, tenders: [cash(coupon.total)] }));
  return { asesor, invoice };
}

/** A reconnection trámite radicated after its factura was paid. */
export function fileReconnection(office: TestOffice, code = '100004') {
  const { asesor, invoice } = paidReconnection(office, code);
  const request = filePqr(office, asesor, { code, cause: 'RECONEXIÓN DEL SERVICIO' });
  return { asesor, invoice, request };
}

/**
 * A "Documentación faltante": ALTO CONSUMO asked by the titular needs a cédula and a recent
 * bill; the user brought only the bill, so the counter numbers the sheet of what is missing.
 */
export function missingNotice(office: TestOffice, asesor: string) {
  const admin = office.login('admin');
  const cause = causeId(office, 'ALTO CONSUMO');
  const add = (name: string) =>
    ok(
      office.call(admin, 'requirements.create', {
        requestTypeId: null,
        causeId: cause,
        applicantKind: 'TITULAR',
        name,
        required: true,
      }),
    );
  add('Cédula del titular');
  const bill = add('Última factura del servicio');
  const form = pqrForm(office);
  return ok(
    office.call(asesor, 'pqr.missingNotice', {
      requestKey: key(),
      subscriberCode: form.subscriberCode,
      partyId: form.partyId!,
      requestTypeId: form.requestTypeId!,
      causeId: form.causeId!,
      applicantKind: 'TITULAR',
      requirementsPresented: [bill.id],
    }),
  );
}
