import type { Ctx } from '../context';
import type { PremisesInput } from '../contract/padron.contract';
import { invalidField } from '../errors';
import { prepared } from '../statements';

/** The predio as the padrón stores it: checked against the catalogs, one rule each. */
export function checkPremises(ctx: Ctx, p: PremisesInput): void {
  const zone = prepared(ctx.sqlite, 'SELECT name, active FROM zones WHERE id = ?').get(p.zoneId) as
    { name: string; active: number } | undefined;
  if (!zone || zone.active !== 1) throw invalidField('zoneId', 'Zona: elija una zona activa de la lista');
  const route = prepared(
    ctx.sqlite,
    'SELECT r.code, r.zone_id AS zoneId, r.active, z.name AS zone FROM routes r JOIN zones z ON z.id = r.zone_id WHERE r.id = ?',
  ).get(p.routeId) as { code: string; zoneId: number; active: number; zone: string } | undefined;
  if (!route || route.active !== 1) throw invalidField('routeId', 'Ruta: elija una ruta activa de la lista');
  if (route.zoneId !== p.zoneId) {
    throw invalidField('routeId', `Ruta: la ruta ${route.code} es de la zona ${route.zone}, no de ${zone.name}`);
  }
  if (p.landUse === 'RESIDENCIAL' && p.stratum === null) throw invalidField('stratum', 'Estrato: de 1 a 6 para uso residencial');
  if (p.landUse !== 'RESIDENCIAL' && p.stratum !== null) {
    throw invalidField('stratum', 'Estrato: solo para uso residencial; déjelo vacío');
  }
  const chosen = (['aqueduct', 'sewer', 'waste'] as const).filter((s) => p[s]);
  if (chosen.length === 0) throw invalidField('aqueduct', 'Servicios: marque al menos uno');
  const code = { aqueduct: 'ACUEDUCTO', sewer: 'ALCANTARILLADO', waste: 'ASEO' } as const;
  for (const s of chosen) {
    const service = prepared(ctx.sqlite, 'SELECT name, active FROM services WHERE code = ?').get(code[s]) as {
      name: string;
      active: number;
    };
    if (service.active !== 1) throw invalidField(s, `Servicios: ${service.name} está inactivo`);
  }
  if (p.hasMeter && p.meterSerial === '') throw invalidField('meterSerial', 'Serial del medidor: escríbalo (tiene medidor)');
  if (!p.hasMeter && (p.meterSerial !== '' || p.meterBrand !== '')) {
    throw invalidField('meterSerial', 'Serial del medidor: déjelo vacío si no tiene medidor');
  }
}

/** The columns of the predio, in the order the statements below use them. */
export const premisesValues = (p: PremisesInput) => [
  p.routeId,
  p.address,
  p.neighborhood,
  p.landUse,
  p.stratum,
  p.aqueduct ? 1 : 0,
  p.sewer ? 1 : 0,
  p.waste ? 1 : 0,
  p.hasMeter ? 1 : 0,
  p.meterSerial,
  p.meterBrand,
];
