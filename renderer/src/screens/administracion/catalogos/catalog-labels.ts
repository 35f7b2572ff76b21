import type { ApplicantKind, FieldWorkerKind, PqrAssigner } from '../../../../../db/schema/enums';

/** Spanish names of the catalogs' closed vocabularies, as the office says them. */
export const FIELD_WORKER_KIND_LABELS: Record<FieldWorkerKind, string> = {
  CONTRATISTA: 'Contratista',
  FONTANERO: 'Fontanero',
  INSPECTOR: 'Inspector',
  CUADRILLA: 'Cuadrilla',
};

export const APPLICANT_KIND_LABELS: Record<ApplicantKind, string> = {
  TITULAR: 'Titular',
  TERCERO: 'Tercero con carta poder',
  NOTARIA: 'Notaría con poder notarial',
};

export const PQR_ASSIGNER_LABELS: Record<PqrAssigner, string> = {
  SUPERVISOR: 'Supervisor',
  COORDINADOR_PQR: 'Coordinador de PQR',
};

/** Superservicios' cause groups (SUI Formato A). */
export const SUI_GROUP_LABELS: Record<'F' | 'P', string> = {
  F: 'F — facturación',
  P: 'P — prestación del servicio',
};

export const yesNo = (value: boolean): string => (value ? 'Sí' : 'No');

/** A label map as a select's options, in the map's order. */
export const optionsOf = (labels: Record<string, string>): readonly (readonly [string, string])[] => Object.entries(labels);
