import { procedureQuery } from './queries';

/** Respuestas' reads: what waits for its letter, the decision templates, a letter drafted, a trámite's letters. */
export const responsesQueries = {
  pending: () => procedureQuery('responses.pending', {}),
  /** The active templates to start a letter from; ADMINISTRACIÓN lists the inactive ones too. */
  templates: (includeInactive?: true) => procedureQuery('responses.templates', includeInactive ? { includeInactive } : {}),
  draft: (filingNumber: string, templateId: number) => procedureQuery('responses.draft', { filingNumber, templateId }),
  of: (filingNumber: string) => procedureQuery('responses.of', { filingNumber }),
};
