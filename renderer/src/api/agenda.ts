import { useQueryClient } from '@tanstack/react-query';
import type { Output } from '.';
import { procedureQuery } from './queries';

export type FreeSlots = Output<'agenda.freeSlots'>;
export type AgendaDay = Output<'agenda.day'>;
export type Appointment = Output<'agenda.history'>[number];

/** The visit agenda's reads: a day's visits, the free places from a day on, an appointment's history. */
export const agendaQueries = {
  day: (date: string) => procedureQuery('agenda.day', { date }),
  freeSlots: (from: string) => procedureQuery('agenda.freeSlots', { from }),
  history: (filingNumber: string) => procedureQuery('agenda.history', { filingNumber }),
};

/**
 * Reads the free places again after the core refused one (another asesor took it meanwhile):
 * a refusal changes no record, so nothing else marks them stale.
 */
export function useFreeSlotsAgain(): () => void {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: ['agenda.freeSlots'] });
}
