import type { Output } from '../../../api';

export type FreeSlots = Output<'agenda.freeSlots'>;
export type AgendaDay = Output<'agenda.day'>;
export type DayVisit = AgendaDay['groups'][number]['visits'][number];
export type Appointment = Output<'agenda.history'>[number];

/** A place of the agenda: the day and the time window ("08:00-10:00"). */
export interface Slot {
  visitOn: string;
  timeWindow: string;
}

const WEEKDAYS = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/** "martes 24/11/2026": civil dates read in UTC, so the day never moves with the computer's zone. */
export function dayLabel(date: string): string {
  const [y, m, d] = date.split('-');
  return `${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]} ${d}/${m}/${y}`;
}

export const slotLabel = (slot: Slot): string => `${dayLabel(slot.visitOn)} · ${slot.timeWindow}`;

export const sameSlot = (a: Slot | null | undefined, b: Slot | null | undefined): boolean =>
  Boolean(a && b && a.visitOn === b.visitOn && a.timeWindow === b.timeWindow);

export const placesText = (free: number): string => (free === 0 ? 'Llena' : free === 1 ? '1 libre' : `${free} libres`);
