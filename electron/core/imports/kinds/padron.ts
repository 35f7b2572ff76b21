import { LAND_USES, type LandUse, SUBSCRIBER_STATUSES, type SubscriberStatus } from '../../../../db/schema/enums';
import type { Ctx } from '../../context';
import { moveRefusal } from '../../padron/lifecycle';
import { getSetting } from '../../settings/settings';
import { prepared } from '../../statements';
import { PARTY_BY_DOCUMENT, type PartyValue, insertParty, readDocument } from './terceros';
import { CellRefusal } from '../cells';
import { defineKind } from './kind';

interface Premises {
  address: string;
  neighborhood: string;
  landUse: LandUse;
  stratum: number | null;
  aqueduct: boolean;
  sewer: boolean;
  waste: boolean;
  meterSerial: string;
  meterBrand: string;
}

interface SubscriberValue extends Premises {
  code: string;
  route: string;
  status: SubscriberStatus;
  titular: Pick<PartyValue, 'documentType' | 'documentNumber'> & { names: string; surnames: string };
}

const REASON = 'Importación del padrón';
const PREMISES = [
  'address',
  'neighborhood',
  'landUse',
  'stratum',
  'aqueduct',
  'sewer',
  'waste',
  'meterSerial',
  'meterBrand',
] as const;
const STORED = `SELECT s.id, s.route_id AS routeId, s.address, s.neighborhood, s.land_use AS landUse, s.stratum, s.aqueduct = 1 AS aqueduct,
    s.sewer = 1 AS sewer, s.waste = 1 AS waste, s.meter_serial AS meterSerial, s.meter_brand AS meterBrand, s.status,
    s.owner_party_id AS ownerPartyId
  FROM subscribers s WHERE s.code = ?`;
type Stored = Omit<Premises, 'aqueduct' | 'sewer' | 'waste'> & {
  id: number;
  routeId: number;
  aqueduct: number;
  sewer: number;
  waste: number;
  status: SubscriberStatus;
  ownerPartyId: number;
};

const routeOf = (ctx: Ctx, code: string) =>
  prepared(ctx.sqlite, 'SELECT id FROM routes WHERE code = ? AND active = 1').get(code) as { id: number } | undefined;
const partyOf = (ctx: Ctx, t: SubscriberValue['titular']) =>
  prepared(ctx.sqlite, PARTY_BY_DOCUMENT).get(t.documentType, t.documentNumber) as { id: number } | undefined;

/** The same predio rules as the matrícula screen (padron/premises.ts), on a file's cells. */
export const padron = defineKind<SubscriberValue>({
  read(cells, ctx) {
    const digits = getSetting(ctx.db, 'padron.codeDigits');
    const code = cells.text('codigo', 12, true);
    if (!/^\d+$/.test(code) || code.length !== digits) cells.refuse('codigo', `«${code}»: el código tiene ${digits} dígitos`);
    const landUse = cells.oneOf('uso', LAND_USES)!;
    const stratum = cells.whole('estrato', 'un estrato', false);
    if (landUse === 'RESIDENCIAL' && (stratum === null || stratum < 1 || stratum > 6))
      cells.refuse('estrato', 'de 1 a 6 para uso residencial');
    if (landUse !== 'RESIDENCIAL' && stratum !== null && stratum !== 0)
      cells.refuse('estrato', 'solo para uso residencial; déjelo vacío');
    const services = {
      aqueduct: cells.yesNo('acueducto', true),
      sewer: cells.yesNo('alcantarillado', true),
      waste: cells.yesNo('aseo', true),
    };
    if (!services.aqueduct && !services.sewer && !services.waste)
      cells.refuse('acueducto', 'el predio no tiene ningún servicio (S en al menos uno)');
    const meterSerial = cells.text('medidor', 30).toUpperCase();
    const meterBrand = cells.text('marca_medidor', 30).toUpperCase();
    if (meterSerial === '' && meterBrand !== '') cells.refuse('medidor', 'hay marca de medidor pero no su serial');
    return {
      code,
      route: cells.text('ruta', 20, true).toUpperCase(),
      address: cells.text('direccion', 120, true).toUpperCase(),
      neighborhood: cells.text('barrio', 60).toUpperCase(),
      landUse,
      stratum: landUse === 'RESIDENCIAL' ? stratum : null,
      ...services,
      meterSerial,
      meterBrand,
      status: cells.oneOf('estado', SUBSCRIBER_STATUSES, false) ?? 'ACTIVO',
      titular: {
        ...readDocument(cells, 'titular_tipo_documento', 'titular_documento'),
        names: cells.text('titular_nombres', 80).toUpperCase(),
        surnames: cells.text('titular_apellidos', 80).toUpperCase(),
      },
    };
  },
  key: (s) => s.code,
  classify(ctx, s) {
    const route = routeOf(ctx, s.route);
    const refuse = (field: string, why: string) => {
      throw new CellRefusal(field, why);
    };
    if (!route) refuse('ruta', `Ruta (código): la ruta ${s.route} no existe o está inactiva; créela en Catálogos`);
    const owner = partyOf(ctx, s.titular);
    if (!owner && s.titular.names === '') {
      refuse(
        'titular_documento',
        `Documento del titular: ${s.titular.documentType} ${s.titular.documentNumber} no es un tercero; importe antes los terceros o traiga sus nombres`,
      );
    }
    const stored = prepared(ctx.sqlite, STORED).get(s.code) as Stored | undefined;
    if (!stored) return 'NEW';
    if (stored.status !== s.status) {
      const refusal = moveRefusal(s.code, stored.status, s.status);
      if (refusal) refuse('estado', `Estado: ${refusal}`);
    }
    const same =
      stored.routeId === route!.id &&
      stored.ownerPartyId === owner?.id &&
      stored.status === s.status &&
      PREMISES.every((f) => (typeof s[f] === 'boolean' ? Boolean(stored[f]) === s[f] : stored[f] === s[f]));
    return same ? 'UNCHANGED' : 'CHANGED';
  },
  apply(ctx, s, status, source) {
    const routeId = routeOf(ctx, s.route)!.id;
    const ownerId =
      partyOf(ctx, s.titular)?.id ?? insertParty(ctx, { ...s.titular, mobile: '', email: '', address: '' }, source.now);
    const values = [
      routeId,
      s.address,
      s.neighborhood,
      s.landUse,
      s.stratum,
      +s.aqueduct,
      +s.sewer,
      +s.waste,
      +(s.meterSerial !== ''),
      s.meterSerial,
      s.meterBrand,
    ];
    const day = source.today;
    const who = source.userId;
    if (status === 'NEW') {
      const row = prepared(
        ctx.sqlite,
        `INSERT INTO subscribers (route_id, address, neighborhood, land_use, stratum, aqueduct, sewer, waste, has_meter, meter_serial,
           meter_brand, code, status, owner_party_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ).get(...values, s.code, s.status, ownerId, source.now) as { id: number };
      prepared(
        ctx.sqlite,
        'INSERT INTO owner_history (subscriber_id, party_id, since, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(row.id, ownerId, day, REASON, source.now, who);
      return;
    }
    const stored = prepared(ctx.sqlite, STORED).get(s.code) as Stored;
    const before = Object.fromEntries(PREMISES.map((f) => [f, typeof s[f] === 'boolean' ? Boolean(stored[f]) : stored[f]]));
    const after = Object.fromEntries(PREMISES.map((f) => [f, s[f]]));
    if (JSON.stringify(before) !== JSON.stringify(after) || stored.routeId !== routeId) {
      prepared(
        ctx.sqlite,
        `UPDATE subscribers SET route_id = ?, address = ?, neighborhood = ?, land_use = ?, stratum = ?, aqueduct = ?, sewer = ?, waste = ?,
           has_meter = ?, meter_serial = ?, meter_brand = ? WHERE id = ?`,
      ).run(...values, stored.id);
      ctx.audit({
        recordType: 'subscriber',
        recordId: s.code,
        before: { ...before, routeId: stored.routeId },
        after: { ...after, routeId },
      });
    }
    if (stored.ownerPartyId !== ownerId) {
      prepared(ctx.sqlite, 'UPDATE owner_history SET until = ? WHERE subscriber_id = ? AND until IS NULL').run(day, stored.id);
      prepared(
        ctx.sqlite,
        'INSERT INTO owner_history (subscriber_id, party_id, since, reason, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(stored.id, ownerId, day, REASON, source.now, who);
      prepared(ctx.sqlite, 'UPDATE subscribers SET owner_party_id = ? WHERE id = ?').run(ownerId, stored.id);
    }
    if (stored.status !== s.status) {
      prepared(ctx.sqlite, 'UPDATE subscribers SET status = ? WHERE id = ?').run(s.status, stored.id);
      prepared(
        ctx.sqlite,
        `INSERT INTO subscriber_status_changes (subscriber_id, from_status, to_status, effective_on, reason, document, at, user_id)
         VALUES (?, ?, ?, ?, ?, 'Archivo de importación', ?, ?)`,
      ).run(stored.id, stored.status, s.status, day, REASON, source.now, who);
    }
  },
});
