import type { agendaContract } from '../contract/agenda.contract';
import type { HandlersOf } from '../handler';
import { agendaDayOf } from './agenda.day';
import { requestIdOf } from '../pqr/pqr.service';
import { appointmentHistory, bookAppointment, freeSlotsFrom, rescheduleAppointment } from './agenda.service';

export const agendaHandlers = {
  'agenda.freeSlots': (ctx, input) => freeSlotsFrom(ctx, input.from, input.days),
  'agenda.book': (ctx, input) => bookAppointment(ctx, requestIdOf(ctx, input.filingNumber), input.appointment),
  'agenda.reschedule': (ctx, input) =>
    rescheduleAppointment(ctx, requestIdOf(ctx, input.filingNumber), input.appointment, input.reason),
  'agenda.history': (ctx, input) => appointmentHistory(ctx, requestIdOf(ctx, input.filingNumber)),
  'agenda.day': (ctx, input) => agendaDayOf(ctx, input.date),
} satisfies HandlersOf<typeof agendaContract>;
