import type { AgendaDay, Appointment, FreeSlots } from '../../../api/agenda';
import { formatDayLabel } from '../../../format/format';

export type { AgendaDay, Appointment, FreeSlots };
export type DayVisit = AgendaDay['groups'][number]['visits'][number];

/** A place of the agenda: the day and the time window ("08:00-10:00"). */
export interface Slot {
  visitOn: string;
  timeWindow: string;
}

export const slotLabel = (slot: Slot): string => `${formatDayLabel(slot.visitOn)} · ${slot.timeWindow}`;

export const sameSlot = (a: Slot | null | undefined, b: Slot | null | undefined): boolean =>
  Boolean(a && b && a.visitOn === b.visitOn && a.timeWindow === b.timeWindow);

export const placesText = (free: number): string => (free === 0 ? 'Llena' : free === 1 ? '1 libre' : `${free} libres`);
