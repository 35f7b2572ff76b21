import type { StatementCapacity } from '../../../../../db/schema/enums';
import { statementInput } from '../../../../../electron/core/contract/statements.contract';
import type { Input, Output } from '../../../api';
import { zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import type { PartyRow } from '../../../components/party/party-draft';

export type StatementView = Output<'statements.issue'>;
export const STATEMENT_FIELDS = ['partyId', 'capacity', 'powerNote'] as const;

export const CAPACITY_LABELS: Record<StatementCapacity, string> = { TITULAR: 'Titular', CARTA_PODER: 'Con carta poder' };

export interface StatementDraft {
  party: PartyRow | null;
  capacity: StatementCapacity;
  powerNote: string;
}

/** Seed 004: the titular by default; anyone else comes with a carta poder. */
export const capacityFor = (party: PartyRow, ownerId: number): StatementCapacity =>
  party.id === ownerId ? 'TITULAR' : 'CARTA_PODER';

/** The statements.issue input, or what to fix, checked with the contract's own schema. */
export function statementRequest(
  draft: StatementDraft,
  subscriberCode: string,
  requestKey: string,
): { input: Input<'statements.issue'> } | { errors: FieldErrors } {
  const input = {
    requestKey,
    subscriberCode,
    ...(draft.party ? { partyId: draft.party.id } : {}),
    capacity: draft.capacity,
    powerNote: draft.capacity === 'CARTA_PODER' ? draft.powerNote : '',
  };
  const checked = statementInput.safeParse(input);
  return checked.success ? { input } : { errors: zodFieldErrors(checked.error) };
}
