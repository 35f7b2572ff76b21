import { z } from 'zod';
import { STATEMENT_CAPACITIES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { owedItem } from './coupons.contract';
import { mutation, query } from './define';
import { id, lineText, requestKey, subscriberCode } from './fields';
import { partyRow } from './parties.contract';
import { movement, subscriberSummary } from './subscribers.contract';

const counter = rolesOf('RECAUDO', 'SUSCRIPTOR');
/** Movements an estado de cuenta prints: about two years of monthly bills and payments. */
export const STATEMENT_MOVEMENTS = 60;

export const statementInput = z
  .strictObject({
    requestKey,
    subscriberCode,
    partyId: id.optional().refine((v) => v !== undefined, { error: 'Solicitante: busque por cédula o agréguelo con +' }),
    capacity: z.enum(STATEMENT_CAPACITIES, { error: 'Calidad: titular o con carta poder' }),
    /** Carta poder: what was presented (date, who grants it, to whom). */
    powerNote: lineText('Carta poder', 200).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.capacity === 'CARTA_PODER' && v.powerNote.length < 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['powerNote'],
        message: 'Carta poder: describa el documento (fecha y quién la otorga)',
      });
    }
  });

export const statementView = z.object({
  number: z.string(),
  subscriber: subscriberSummary,
  party: partyRow,
  capacity: z.enum(STATEMENT_CAPACITIES),
  powerNote: z.string(),
  issuedAt: z.string(),
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
  balance: z.number(),
  overdue: z.number(),
  owed: z.array(owedItem),
  movements: z.array(movement),
});
export type StatementView = z.infer<typeof statementView>;

export const statementNumber = z
  .string({ error: 'Número del estado de cuenta: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^EDC-\d{4}-\d{6}$/, { error: 'Número del estado de cuenta: con el formato EDC-2026-000123' });

export const statementsContract = {
  /** Seed 004: an estado de cuenta for the titular or someone with a carta poder, numbered and recorded. */
  'statements.issue': mutation(counter, statementInput, statementView),
  'statements.get': query(counter, z.strictObject({ number: statementNumber }), statementView),
};
