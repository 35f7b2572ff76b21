import { Random } from '../db/seed/random';
import type { Input } from '../electron/core/contract';
import type { BenchOffice } from './office';
import { report, time } from './stats';

const WARMUP = 50;
const ALTAS = 600;

/**
 * SUSCRIPTOR → Padrón GUARDAR (alta de suscriptor) through dispatch: código checks, predio
 * against zona and ruta, insert with its search entry, titular history, audit, one FULL-sync
 * commit each. Every alta has a código of its own and a titular added just before, as at the
 * counter (the tercero's own GUARDAR is timed apart). The warm-up altas are distinct too: a
 * repeated request key would be answered from the first one, not registered again.
 */
export function benchAlta(office: BenchOffice): void {
  const { core } = office;
  const session = office.login('supervisor', 'Supervisor2026');
  const rnd = new Random(13);
  const routes = core.sqlite.prepare('SELECT id AS routeId, zone_id AS zoneId FROM routes ORDER BY id').all() as {
    routeId: number;
    zoneId: number;
  }[];
  const taken = core.sqlite.prepare('SELECT 1 FROM parties WHERE document_number = ?');
  const firstCode = (core.sqlite.prepare('SELECT max(CAST(code AS INTEGER)) AS n FROM subscribers').get() as { n: number }).n + 1;

  let document = 1_095_000_000;
  const terceros = Array.from({ length: WARMUP + ALTAS }, (_, i): Input<'parties.create'> => {
    while (taken.get(String(document))) document++;
    return {
      documentType: 'CC',
      documentNumber: String(document++),
      names: rnd.pick(['Rosa Elvira', 'Hernando', 'Luz Marina', 'Jhon Fredy', 'Yuli Andrea']),
      surnames: `${rnd.pick(['Cuéllar', 'Polanía', 'Perdomo', 'Vargas'])} ${rnd.pick(['Rojas', 'Losada', 'Muñoz'])}`,
      mobile: `310${String(4_000_000 + i).padStart(7, '0')}`,
    };
  });
  const partyIds: number[] = [];
  const createParty = (input: Input<'parties.create'>) => {
    const result = core.dispatch(session, 'parties.create', input);
    if (!result.ok) throw new Error(result.error.message);
    partyIds.push((result.data as { id: number }).id);
  };
  const terceroTiming = time(terceros, createParty, 0);

  const altas = partyIds.map((ownerPartyId, i): Input<'padron.register'> => {
    const route = routes[rnd.int(0, routes.length - 1)]!;
    return {
      requestKey: `bench-alta-${i}`,
      code: String(firstCode + i),
      ownerPartyId,
      address: `Calle ${rnd.int(1, 80)} # ${rnd.int(1, 40)}-${rnd.int(1, 99)}`,
      neighborhood: rnd.pick(['La Consolata', 'Centro', 'El Prado', 'Los Pinos']),
      ...route,
      landUse: 'RESIDENCIAL',
      stratum: rnd.int(1, 6),
      aqueduct: true,
      sewer: true,
      waste: rnd.int(0, 1) === 1,
      hasMeter: true,
      meterSerial: `A${rnd.int(10, 99)}-${rnd.int(100_000, 999_999)}`,
      meterBrand: rnd.pick(['Itron', 'Elster', 'Sensus']),
    };
  });
  const register = (input: Input<'padron.register'>) => {
    const result = core.dispatch(session, 'padron.register', input);
    if (!result.ok) throw new Error(`${input.code}: ${result.error.message}`);
  };
  altas.slice(0, WARMUP).forEach(register);
  const alta = time(altas.slice(WARMUP), register, 0);

  console.log('\nSUSCRIPTOR → Padrón: alta de suscriptor (GUARDAR)');
  report('parties.create (titular added on the spot)', terceroTiming);
  report('padron.register (synchronous=FULL)', alta, 'p95 < 5 ms');
}
