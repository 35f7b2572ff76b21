import type { ApplicantKind, Service } from '../../../../../db/schema/enums';
import type { PqrInput } from '../../../../../electron/core/contract/pqr.contract';
import type { Input } from '../../../api';
import type { PqrCatalog, PqrView, RequirementItem } from '../../../api/pqr';
import type { SubscriberView } from '../../../api/subscribers';
import type { FieldErrors } from '../../../components/form-errors';
import type { PartyRow } from '../../../components/party/party-draft';

export type { PqrCatalog, PqrView, SubscriberView };
export type Cause = PqrCatalog['causes'][number];
export interface Slot {
  visitOn: string;
  timeWindow: string;
}

/** PQR → TRÁMITE as the asesor fills it, top to bottom (seed 001 steps 25–29, seed 002 steps 4–10). */
export interface PqrDraft {
  zoneId: number | null;
  channelId: number | null;
  code: string;
  subscriber: SubscriberView | null;
  party: PartyRow | null;
  partyIsDefault: boolean;
  service: Service | null;
  requestTypeId: number | null;
  causeId: number | null;
  /** null while it follows the tercero (the titular, or someone else); the asesor's choice once made. */
  applicantKind: ApplicantKind | null;
  /** The requirements the asesor ticked as brought (seed 004 step 3). */
  presented: number[];
  appointment: Slot | null;
  /** null while it follows the prefill; the asesor's own text once edited. */
  observation: string | null;
}

export function emptyPqr(catalog: PqrCatalog | null): PqrDraft {
  return {
    zoneId: null,
    channelId: catalog?.channels.find((c) => c.name === 'PERSONAL')?.id ?? null,
    code: '',
    subscriber: null,
    party: null,
    partyIsDefault: false,
    service: null,
    requestTypeId: null,
    causeId: null,
    applicantKind: null,
    presented: [],
    appointment: null,
    observation: null,
  };
}

export const causeOf = (catalog: PqrCatalog | null, draft: PqrDraft): Cause | undefined =>
  catalog?.causes.find((c) => c.id === draft.causeId);

/** Who asks: as chosen, else the titular when the tercero is the subscriber's owner, else a tercero; null before any tercero. */
export function applicantOf(draft: PqrDraft): ApplicantKind | null {
  if (draft.applicantKind) return draft.applicantKind;
  if (!draft.party) return null;
  return draft.party.id === draft.subscriber?.owner.id ? 'TITULAR' : 'TERCERO';
}

/** What the checklist of `items` shows ticked: a tick of another tipo, causal or solicitante does not count. */
export const presentedOf = (draft: PqrDraft, items: readonly RequirementItem[] | undefined): number[] =>
  items ? draft.presented.filter((id) => items.some((r) => r.id === id)) : draft.presented;

const OBSERVATION_MAX = 1000;

/** Seed 001 step 29: "código, ruta, concepto, número de celular, si cuenta con medidor". */
export function observationPrefill(draft: PqrDraft, cause: Cause | undefined): string {
  const s = draft.subscriber;
  if (!s) return '';
  const parts = [
    `Código ${s.code}`,
    `Ruta ${s.routeCode}`,
    ...(cause ? [cause.name] : []),
    ...(draft.party?.mobile ? [`Celular ${draft.party.mobile}`] : []),
    s.meter.hasMeter ? `Con medidor${s.meter.serial ? ` ${s.meter.serial}` : ''}` : 'Sin medidor',
  ];
  const text = parts.join(' · ');
  return text.length > OBSERVATION_MAX ? `${text.slice(0, OBSERVATION_MAX - 1)}…` : text;
}

export const observationOf = (draft: PqrDraft, cause: Cause | undefined): string =>
  draft.observation ?? observationPrefill(draft, cause);

export function inputOf(
  draft: PqrDraft,
  cause: Cause | undefined,
  requestKey: string,
  checklist?: readonly RequirementItem[],
): PqrInput {
  return {
    requestKey,
    zoneId: draft.zoneId ?? undefined,
    channelId: draft.channelId ?? undefined,
    subscriberCode: draft.code.trim(),
    partyId: draft.party?.id,
    service: draft.service as Service,
    requestTypeId: draft.requestTypeId ?? undefined,
    causeId: draft.causeId ?? undefined,
    applicantKind: applicantOf(draft) ?? undefined,
    requirementsPresented: presentedOf(draft, checklist),
    observation: observationOf(draft, cause),
    ...(draft.appointment && cause?.needsAppointment ? { appointment: draft.appointment } : {}),
  };
}

/** The fields with a place on screen for their message, in the order of the form. */
export const PQR_FIELDS = [
  'zoneId',
  'channelId',
  'subscriberCode',
  'partyId',
  'service',
  'requestTypeId',
  'causeId',
  'applicantKind',
  'requirementsPresented',
  'appointment',
  'observation',
] as const;
export type PqrField = (typeof PQR_FIELDS)[number];

/** "appointment.visitOn" and the like go under the slot picker. */
export function placeErrors(errors: FieldErrors): FieldErrors {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) placed[path.startsWith('appointment') ? 'appointment' : path] ??= message;
  return placed;
}

/** The código must be the one opened with Enter: that is the subscriber the asesor saw. */
export function codeNotOpened(draft: PqrDraft): string | null {
  return draft.subscriber?.code === draft.code.trim() ? null : 'Código del suscriptor: presione Enter para abrir el suscriptor';
}

/** What a Documentación faltante is about; each notice gets its own request key. */
export type MissingNoticeFacts = Omit<Input<'pqr.missingNotice'>, 'requestKey'>;

/** What the Documentación faltante says of this trámite: who asks what, and what was brought. */
export function noticeOf(draft: PqrDraft, items: readonly RequirementItem[] | undefined): MissingNoticeFacts | null {
  const applicantKind = applicantOf(draft);
  if (!draft.subscriber || !draft.party || draft.requestTypeId === null || draft.causeId === null || !applicantKind) return null;
  return {
    subscriberCode: draft.subscriber.code,
    partyId: draft.party.id,
    requestTypeId: draft.requestTypeId,
    causeId: draft.causeId,
    applicantKind,
    requirementsPresented: presentedOf(draft, items),
  };
}

/**
 * A trámite offered by another screen for the subscriber it shows: its zone, the titular as
 * tercero, the service and the causal (when the catalog has it active) already chosen.
 */
export function startedFor(
  catalog: PqrCatalog,
  offer: { subscriber: SubscriberView; service: Service; causeName: string },
): Partial<PqrDraft> {
  const { subscriber, service, causeName } = offer;
  const cause = catalog.causes.find((c) => c.service === service && c.name === causeName);
  return {
    zoneId: catalog.zones.find((z) => z.name === subscriber.zoneName)?.id ?? null,
    code: subscriber.code,
    subscriber,
    party: subscriber.owner,
    partyIsDefault: true,
    service,
    causeId: cause?.id ?? null,
  };
}
