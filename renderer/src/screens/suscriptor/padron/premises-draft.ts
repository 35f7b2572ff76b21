import type { LandUse, Service } from '../../../../../db/schema/enums';
import { id } from '../../../../../electron/core/contract/fields';
import type { Input } from '../../../api';
import type { PadronOptions, PadronSubscriber } from '../../../api/padron';
import type { FieldErrors } from '../../../components/form-errors';

/** The predio as typed: the lists' choices null until made, the estrato as its text. */
export interface PremisesDraft {
  address: string;
  neighborhood: string;
  zoneId: number | null;
  routeId: number | null;
  landUse: LandUse;
  stratum: string;
  aqueduct: boolean;
  sewer: boolean;
  waste: boolean;
  hasMeter: boolean;
  meterSerial: string;
  meterBrand: string;
}

/** The predio's fields in the order of the form (the first to fix gets the focus). */
export const PREMISES_FIELDS = [
  'address',
  'neighborhood',
  'zoneId',
  'routeId',
  'landUse',
  'stratum',
  'aqueduct',
  'sewer',
  'waste',
  'hasMeter',
  'meterSerial',
  'meterBrand',
] as const satisfies readonly (keyof PremisesDraft)[];

/** The draft's flag of each service the catalog names. */
export const SERVICE_FLAGS: Record<Service, 'aqueduct' | 'sewer' | 'waste'> = {
  ACUEDUCTO: 'aqueduct',
  ALCANTARILLADO: 'sewer',
  ASEO: 'waste',
};

export const emptyPremises = (): PremisesDraft => ({
  address: '',
  neighborhood: '',
  zoneId: null,
  routeId: null,
  landUse: 'RESIDENCIAL',
  stratum: '',
  aqueduct: true,
  sewer: true,
  waste: true,
  hasMeter: true,
  meterSerial: '',
  meterBrand: '',
});

/** The predio of an opened subscriber, its ruta (and so its zona) found by code in the lists. */
export function premisesOf(view: PadronSubscriber, options: PadronOptions): PremisesDraft {
  const route = options.routes.find((r) => r.code === view.routeCode);
  return {
    address: view.address,
    neighborhood: view.neighborhood,
    zoneId: route?.zoneId ?? null,
    routeId: route?.id ?? null,
    landUse: view.landUse,
    stratum: view.stratum === null ? '' : String(view.stratum),
    ...view.services,
    hasMeter: view.meter.hasMeter,
    meterSerial: view.meter.serial,
    meterBrand: view.meter.brand,
  };
}

/** A zona chosen: its ruta when it has only one, none otherwise (a ruta belongs to one zona). */
export function zoneChange(zoneId: number | null, options: PadronOptions): Pick<PremisesDraft, 'zoneId' | 'routeId'> {
  const routes = options.routes.filter((r) => r.zoneId === zoneId);
  return { zoneId, routeId: routes.length === 1 ? routes[0]!.id : null };
}

/**
 * The predio as the contract takes it. The estrato goes only with residential use, and the
 * meter's serial and brand only when there is a meter: the form hides what does not apply.
 */
export function premisesInput(d: PremisesDraft): Omit<Input<'padron.update'>, 'code'> {
  const stratum = d.stratum.trim();
  return {
    address: d.address,
    neighborhood: d.neighborhood,
    zoneId: d.zoneId ?? Number.NaN,
    routeId: d.routeId ?? Number.NaN,
    landUse: d.landUse,
    stratum: d.landUse !== 'RESIDENCIAL' || stratum === '' ? null : /^\d+$/.test(stratum) ? Number(stratum) : Number.NaN,
    aqueduct: d.aqueduct,
    sewer: d.sewer,
    waste: d.waste,
    hasMeter: d.hasMeter,
    meterSerial: d.hasMeter ? d.meterSerial : '',
    meterBrand: d.hasMeter ? d.meterBrand : '',
  };
}

const BARE_ID = id.safeParse(Number.NaN).error?.issues[0]?.message;

/** What the contract's bare identifiers say when nothing was chosen, in the words of each list. */
const NOT_CHOSEN: FieldErrors = {
  zoneId: 'Zona: elija una de la lista',
  routeId: 'Ruta: elija una de la lista',
  ownerPartyId: 'Titular: búsquelo por su documento o agréguelo con +',
  partyId: 'Nuevo titular: búsquelo por su documento o agréguelo con +',
};

/**
 * Where a message goes: a choice not made says which list to use, a document of the list
 * ("documents.1") under the list.
 */
export function placeErrors(errors: FieldErrors): FieldErrors {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = path.startsWith('documents.') ? 'documents' : path;
    placed[field] ??= message === BARE_ID ? (NOT_CHOSEN[field] ?? message) : message;
  }
  return placed;
}
