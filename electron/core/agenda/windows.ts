import { z } from 'zod';

/**
 * Time windows of the visit agenda, written as the office says them: "08:00-10:00". Times are
 * the office's wall clock; a window is offered for today only while it has not started.
 */
const WINDOW = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

export const timeWindow = z
  .string({ error: 'Franja: escríbala como 08:00-10:00' })
  .trim()
  .regex(WINDOW, { error: 'Franja: escríbala como 08:00-10:00' })
  .refine((w) => startOf(w) < endOf(w), { error: 'Franja: la hora de inicio debe ser anterior a la de fin' });

export const agendaWindows = z
  .array(timeWindow, { error: 'Franjas: escriba al menos una' })
  .min(1, { error: 'Franjas: escriba al menos una' })
  .max(12, { error: 'Franjas: máximo 12' })
  .refine((ws) => new Set(ws).size === ws.length, { error: 'Franjas: hay una repetida' });

/** "08:00-10:00" → "08:00" */
export const startOf = (window: string): string => window.slice(0, 5);
export const endOf = (window: string): string => window.slice(6, 11);

/** The windows in the order of the day. */
export const sortWindows = (windows: readonly string[]): string[] => [...windows].sort();
