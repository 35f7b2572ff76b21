import { procedureQuery } from './queries';

/** Notificaciones' reads: the letters waiting to be notified and a trámite's attempts. */
export const notificationQueries = {
  pending: () => procedureQuery('notifications.pending', {}),
  of: (filingNumber: string) => procedureQuery('notifications.of', { filingNumber }),
};
