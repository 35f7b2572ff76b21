import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/civil';
import { businessDaysBetween, isBusinessDay } from '../calendar/business-days';
import { dateOfDay, dayNumber } from '../calendar/epoch-days';
import { libraryHolidays } from '../calendar/holiday-library';
import { REQUEST_TYPES } from '../../../db/seed/reference';
import { textFor } from '../office/office-format';
import { checkExtension, computeDueOn, daysLeft, deadlineState, dueSoon, isSilenceCandidate } from './deadline';

const CO_TEXT = textFor({ locale: 'es-CO', currency: 'COP' });
const CO = new Set([2025, 2026, 2027].flatMap((y) => libraryHolidays('CO', y).map((h) => h.date)));
const term = (filedOn: string, more: Partial<Parameters<typeof computeDueOn>[0]> = {}) =>
  computeDueOn({ filedOn, termDays: 15, extendedDays: 0, pauses: [], ...more }, CO);

describe('the legal term of 15 business days (Colombia)', () => {
  it('filed Wed 2026-03-18: skips San José (Mar 23) and Holy Thursday and Friday → Mon 2026-04-13', () => {
    // 19, 20, 24, 25, 26, 27, 30, 31, Apr 1, 6, 7, 8, 9, 10, 13
    expect(term('2026-03-18')).toBe('2026-04-13');
  });

  it('counts from the next business day when filed on a Friday, a Saturday or a holiday', () => {
    expect(term('2026-11-20')).toBe('2026-12-14'); // Friday; Dec 8 is off
    expect(term('2026-11-21')).toBe('2026-12-14'); // Saturday: same first day (Mon Nov 23)
    expect(term('2026-11-16')).toBe('2026-12-07'); // Independencia de Cartagena: starts Tue Nov 17
    expect(term('2026-11-23')).toBe('2026-12-15');
  });

  it('a pause stops the clock from the day after it is asked through the day the user answers', () => {
    // Paused Tue Mar 24 (day 3 counted), resumed Fri Mar 27: 25, 26, 27 do not count.
    const pauses = [{ pausedOn: '2026-03-24', resumedOn: '2026-03-27' }];
    expect(term('2026-03-18', { pauses })).toBe('2026-04-16');
    // Asked and answered the same day: nothing held.
    expect(term('2026-03-18', { pauses: [{ pausedOn: '2026-03-24', resumedOn: '2026-03-24' }] })).toBe('2026-04-13');
    // Two pauses add up; one that overlaps them counts its days once.
    const two = [...pauses, { pausedOn: '2026-04-06', resumedOn: '2026-04-08' }];
    expect(term('2026-03-18', { pauses: two })).toBe('2026-04-20');
    expect(term('2026-03-18', { pauses: [...two, { pausedOn: '2026-03-25', resumedOn: '2026-03-26' }] })).toBe('2026-04-20');
    // A pause after the due date moves nothing.
    expect(term('2026-03-18', { pauses: [{ pausedOn: '2026-04-14', resumedOn: '2026-04-20' }] })).toBe('2026-04-13');
  });

  it('a pause not yet resumed holds the clock up to today, or moves nothing yet without today', () => {
    const pauses = [{ pausedOn: '2026-03-24', resumedOn: null }];
    expect(term('2026-03-18', { pauses })).toBe('2026-04-13');
    expect(term('2026-03-18', { pauses, today: '2026-03-26' })).toBe('2026-04-15');
    // Resuming on the day asked gives the same date as the open pause did that day.
    expect(term('2026-03-18', { pauses: [{ pausedOn: '2026-03-24', resumedOn: '2026-03-26' }] })).toBe('2026-04-15');
    // While it waits, the business days left stay the same.
    for (const today of ['2026-03-25', '2026-03-26', '2026-03-27', '2026-03-30']) {
      expect(daysLeft(today, term('2026-03-18', { pauses, today }), CO)).toBe(12);
    }
  });

  it('the one extension adds its business days after the term', () => {
    expect(term('2026-03-18', { extendedDays: 10 })).toBe('2026-04-27');
    expect(term('2026-03-18', { extendedDays: 15 })).toBe('2026-05-05'); // May 1 is off
  });

  it('the due date is a business day, the term exactly long and non-decreasing in the filing date', () => {
    const dates = fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber('2027-06-30') }).map(dateOfDay);
    const pause = fc
      .tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 10 }))
      .map(([start, length]) => ({ start, length }));
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(pause, { maxLength: 3 }),
        (filedOn, later, termDays, ps) => {
          const pausesOf = (from: string) =>
            ps.map((p) => ({ pausedOn: addDays(from, p.start), resumedOn: addDays(from, p.start + p.length) }));
          const dueOn = computeDueOn({ filedOn, termDays, extendedDays: 0, pauses: pausesOf(filedOn) }, CO);
          expect(isBusinessDay(dueOn, CO)).toBe(true);
          if (ps.length === 0) expect(businessDaysBetween(filedOn, dueOn, CO)).toBe(termDays);
          else expect(businessDaysBetween(filedOn, dueOn, CO)).toBeGreaterThanOrEqual(termDays);
          const laterFiling = addDays(filedOn, later);
          const laterDue = computeDueOn({ filedOn: laterFiling, termDays, extendedDays: 0, pauses: [] }, CO);
          expect(laterDue >= computeDueOn({ filedOn, termDays, extendedDays: 0, pauses: [] }, CO)).toBe(true);
        },
      ),
    );
  });
});

describe('days left, due soon and overdue', () => {
  it('counts business days to the due date: 0 on the day, negative after, never 0 once expired', () => {
    expect(daysLeft('2026-11-23', '2026-12-15', CO)).toBe(15);
    expect(daysLeft('2026-12-10', '2026-12-15', CO)).toBe(3);
    expect(daysLeft('2026-12-15', '2026-12-15', CO)).toBe(0);
    expect(daysLeft('2026-12-16', '2026-12-15', CO)).toBe(-1);
    expect(daysLeft('2026-12-19', '2026-12-18', CO)).toBe(-1); // the Saturday after a Friday due date
    expect(daysLeft('2026-12-21', '2026-12-18', CO)).toBe(-1);
    expect(daysLeft('2026-12-22', '2026-12-18', CO)).toBe(-2);
    expect(daysLeft('2026-12-12', '2026-12-14', CO)).toBe(1); // Saturday before a Monday due date
  });

  it('colours within 3 business days and after expiry', () => {
    expect(dueSoon('2026-12-10', '2026-12-15', CO, 3)).toBe(true);
    expect(dueSoon('2026-12-09', '2026-12-15', CO, 3)).toBe(false);
    expect(dueSoon('2026-12-16', '2026-12-15', CO, 3)).toBe(false);
    expect(deadlineState('2026-12-09', '2026-12-15', CO, 3)).toBe('EN_TERMINO');
    expect(deadlineState('2026-12-15', '2026-12-15', CO, 3)).toBe('POR_VENCER');
    expect(deadlineState('2026-12-16', '2026-12-15', CO, 3)).toBe('VENCIDO');
  });

  it('flags silencio administrativo positivo for a user PQR past its term without a notified response', () => {
    const base = { silenceApplies: true, dueOn: '2026-12-15', today: '2026-12-16', notified: false };
    expect(isSilenceCandidate(base)).toBe(true);
    expect(isSilenceCandidate({ ...base, today: '2026-12-15' })).toBe(false);
    expect(isSilenceCandidate({ ...base, notified: true })).toBe(false);
    expect(isSilenceCandidate({ ...base, paused: true })).toBe(false);
    // An internal petition, a suggestion, the apelación: the tipo says silence does not apply.
    expect(isSilenceCandidate({ ...base, silenceApplies: false })).toBe(false);
  });

  it('the seeded tipos: silence for peticiones, quejas, reclamos and the reposición only', () => {
    const silent = REQUEST_TYPES.filter((t) => t.silenceApplies).map((t) => t.name);
    expect(silent).toEqual(['PETICIÓN', 'QUEJA', 'RECLAMO', 'RECURSO DE REPOSICIÓN']);
  });
});

describe('the one extension', () => {
  const asked = {
    today: '2026-12-10',
    dueOn: '2026-12-15',
    termDays: 15,
    extendedDays: 0,
    days: 10,
    reason: 'Se espera el análisis de laboratorio',
  };

  it('is allowed before expiry and on the due date itself, up to the initial term', () => {
    expect(checkExtension(asked, CO, CO_TEXT)).toBeNull();
    expect(checkExtension({ ...asked, today: '2026-12-15', days: 15 }, CO, CO_TEXT)).toBeNull();
  });

  it('is refused a second time, after expiry, beyond the term, for no days or without a reason', () => {
    expect(checkExtension({ ...asked, extendedDays: 5 }, CO, CO_TEXT)).toBe(
      'Días de prórroga: el trámite ya tuvo su prórroga de 5 días hábiles; solo se permite una.',
    );
    expect(checkExtension({ ...asked, today: '2026-12-16' }, CO, CO_TEXT)).toBe(
      'Días de prórroga: el término venció el martes 15/12/2026 (hace 1 día hábil); solo se puede prorrogar antes de que venza.',
    );
    expect(checkExtension({ ...asked, today: '2026-12-18' }, CO, CO_TEXT)).toContain('(hace 3 días hábiles)');
    expect(checkExtension({ ...asked, days: 16 }, CO, CO_TEXT)).toBe(
      'Días de prórroga: máximo 15 días hábiles, lo mismo que el término inicial.',
    );
    expect(checkExtension({ ...asked, days: 0 }, CO, CO_TEXT)).toBe(
      'Días de prórroga: escriba un número entero de días hábiles, mayor que cero.',
    );
    expect(checkExtension({ ...asked, days: 2.5 }, CO, CO_TEXT)).toContain('número entero');
    expect(checkExtension({ ...asked, reason: '  ' }, CO, CO_TEXT)).toBe(
      'Motivo de la prórroga: explique al usuario por qué no se puede responder a tiempo.',
    );
  });
});
