import type { responsesContract } from '../contract/responses.contract';
import type { HandlersOf } from '../handler';
import { createResponse, draftResponse, letterByNumber, lettersOf, pendingResponses } from './letters.service';
import { listTemplates, saveTemplate } from './templates.service';

export const responsesHandlers = {
  'responses.templates': (ctx, input) => listTemplates(ctx, input.includeInactive),
  'responses.saveTemplate': saveTemplate,
  'responses.pending': (ctx) => pendingResponses(ctx),
  'responses.draft': draftResponse,
  'responses.create': createResponse,
  'responses.get': (ctx, input) => letterByNumber(ctx, input.number),
  'responses.of': (ctx, input) => lettersOf(ctx, input.filingNumber),
} satisfies HandlersOf<typeof responsesContract>;
