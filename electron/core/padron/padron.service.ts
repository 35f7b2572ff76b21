import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { RegisterInput, PremisesInput } from '../contract/padron.contract';
import type { SubscriberSummary } from '../contract/subscribers.contract';
import { invalidField, ruleBroken } from '../errors';
import { getPartyRow } from '../parties/parties.service';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { findByCode, getByCode } from '../subscribers/subscribers.service';
import { moveSubscriber, type StatusMove } from './lifecycle';
import { checkPremises, premisesValues } from './premises';

/** The lists of the matrícula form. */
export function padronOptions(ctx: Ctx) {
  const all = <T>(sql: string) => ctx.sqlite.prepare(sql).all() as T[];
  return {
    codeDigits: getSetting(ctx.db, 'padron.codeDigits'),
    zones: all<{ id: number; name: string }>('SELECT id, name FROM zones WHERE active = 1 ORDER BY name'),
    routes: all<{ id: number; zoneId: number; code: string; name: string }>(
      'SELECT id, zone_id AS zoneId, code, name FROM routes WHERE active = 1 ORDER BY code',
    ),
    services: all<{ code: 'ACUEDUCTO' | 'ALCANTARILLADO' | 'ASEO'; name: string }>(
      'SELECT code, name FROM services WHERE active = 1 ORDER BY code',
    ),
  };
}

const PREMISES = `SELECT s.id, s.code, s.address, s.neighborhood, r.zone_id AS zoneId, s.route_id AS routeId, s.land_use AS landUse,
    s.stratum, s.aqueduct, s.sewer, s.waste, s.has_meter AS hasMeter, s.meter_serial AS meterSerial, s.meter_brand AS meterBrand,
    s.status, s.created_at AS createdAt
  FROM subscribers s JOIN routes r ON r.id = s.route_id WHERE s.code = ?`;

type PremisesRow = PremisesInput & { id: number; status: string; createdAt: string };

function premisesOf(ctx: Ctx, code: string): PremisesRow {
  getByCode(ctx, code);
  const raw = prepared(ctx.sqlite, PREMISES).get(code) as Record<string, unknown>;
  const flag = (k: string) => raw[k] === 1;
  return {
    ...(raw as unknown as PremisesRow),
    aqueduct: flag('aqueduct'),
    sewer: flag('sewer'),
    waste: flag('waste'),
    hasMeter: flag('hasMeter'),
  };
}

/**
 * Matrícula: a new subscriber, ACTIVO, with its predio, services, meter and titular (a tercero,
 * added on the spot when missing). The código has the office's length and is never reused.
 * The same request key twice returns the first one.
 */
export function registerSubscriber(ctx: Ctx, input: RegisterInput): SubscriberSummary {
  const earlier = prepared(ctx.sqlite, 'SELECT code FROM subscribers WHERE request_key = ?').get(input.requestKey) as
    { code: string } | undefined;
  if (earlier) return getByCode(ctx, earlier.code);
  const digits = getSetting(ctx.db, 'padron.codeDigits');
  if (input.code.length !== digits) throw invalidField('code', `Código del suscriptor: debe tener ${digits} dígitos`);
  if (findByCode(ctx, input.code)) throw invalidField('code', `Código del suscriptor: ya existe el suscriptor ${input.code}`);
  checkPremises(ctx, input);
  const owner = getPartyRow(ctx, input.ownerPartyId);
  const row = prepared(
    ctx.sqlite,
    `INSERT INTO subscribers (route_id, address, neighborhood, land_use, stratum, aqueduct, sewer, waste, has_meter, meter_serial,
       meter_brand, code, status, owner_party_id, created_at, request_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVO', ?, ?, ?) RETURNING id`,
  ).get(...premisesValues(input), input.code, owner.id, nowIso(ctx), input.requestKey) as { id: number };
  prepared(
    ctx.sqlite,
    `INSERT INTO owner_history (subscriber_id, party_id, since, reason, recorded_at, recorded_by) VALUES (?, ?, ?, 'Matrícula', ?, ?)`,
  ).run(row.id, owner.id, today(ctx), nowIso(ctx), actor(ctx).id);
  const { requestKey: _key, ...after } = input;
  ctx.audit({ recordType: 'subscriber', recordId: input.code, after: { ...after, status: 'ACTIVO' } });
  return getByCode(ctx, input.code);
}

/** An edit of the predio, audited field by field (the subscriber view shows it as history). */
export function updateSubscriber(ctx: Ctx, input: PremisesInput): SubscriberSummary {
  const before = premisesOf(ctx, input.code);
  if (before.status === 'CANCELADO') throw ruleBroken(`El suscriptor ${input.code} está CANCELADO: su predio no se edita.`);
  checkPremises(ctx, input);
  prepared(
    ctx.sqlite,
    `UPDATE subscribers SET route_id = ?, address = ?, neighborhood = ?, land_use = ?, stratum = ?, aqueduct = ?, sewer = ?, waste = ?,
       has_meter = ?, meter_serial = ?, meter_brand = ?
     WHERE id = ?`,
  ).run(...premisesValues(input), before.id);
  const { id: _id, status: _s, createdAt: _c, ...previous } = before;
  ctx.audit({ recordType: 'subscriber', recordId: input.code, before: previous, after: input });
  return getByCode(ctx, input.code);
}

export function changeStatus(ctx: Ctx, input: StatusMove & { code: string }): SubscriberSummary {
  const { code, ...move } = input;
  moveSubscriber(ctx, getByCode(ctx, code).id, move);
  return getByCode(ctx, code);
}

/**
 * Cambio de titular: the new tercero from the effective date, with the documents presented;
 * the earlier titular's period ends that day. Both stay in the history.
 */
export function changeOwner(
  ctx: Ctx,
  input: { code: string; partyId: number; effectiveOn: string; documents: string[] },
): SubscriberSummary {
  const subscriber = getByCode(ctx, input.code);
  if (subscriber.status === 'CANCELADO') throw ruleBroken(`El suscriptor ${input.code} está CANCELADO: no cambia de titular.`);
  const party = getPartyRow(ctx, input.partyId);
  const current = prepared(
    ctx.sqlite,
    'SELECT id, party_id AS partyId, since FROM owner_history WHERE subscriber_id = ? AND until IS NULL ORDER BY id DESC LIMIT 1',
  ).get(subscriber.id) as { id: number; partyId: number; since: string } | undefined;
  const ownerId = (
    prepared(ctx.sqlite, 'SELECT owner_party_id AS id FROM subscribers WHERE id = ?').get(subscriber.id) as { id: number }
  ).id;
  if (ownerId === party.id) throw invalidField('partyId', `Nuevo titular: ${party.fullName} ya es el titular`);
  if (input.effectiveOn > today(ctx)) throw invalidField('effectiveOn', 'Fecha: no puede ser futura');
  if (current && input.effectiveOn < current.since) {
    throw invalidField('effectiveOn', `Fecha: no puede ser anterior al inicio del titular actual (${current.since})`);
  }
  if (current) prepared(ctx.sqlite, 'UPDATE owner_history SET until = ? WHERE id = ?').run(input.effectiveOn, current.id);
  prepared(
    ctx.sqlite,
    `INSERT INTO owner_history (subscriber_id, party_id, since, reason, documents, recorded_at, recorded_by)
     VALUES (?, ?, ?, 'Cambio de titular', ?, ?, ?)`,
  ).run(subscriber.id, party.id, input.effectiveOn, JSON.stringify(input.documents), nowIso(ctx), actor(ctx).id);
  prepared(ctx.sqlite, 'UPDATE subscribers SET owner_party_id = ? WHERE id = ?').run(party.id, subscriber.id);
  ctx.audit({
    recordType: 'subscriber',
    recordId: input.code,
    before: { ownerPartyId: ownerId },
    after: { ownerPartyId: party.id, owner: party.fullName, effectiveOn: input.effectiveOn, documents: input.documents },
  });
  return getByCode(ctx, input.code);
}
