import type { statementsContract } from '../contract/statements.contract';
import type { HandlersOf } from '../handler';
import { issueStatement, statementByNumber } from './statements.service';

export const statementsHandlers = {
  'statements.issue': issueStatement,
  'statements.get': (ctx, input) => statementByNumber(ctx, input.number),
} satisfies HandlersOf<typeof statementsContract>;
