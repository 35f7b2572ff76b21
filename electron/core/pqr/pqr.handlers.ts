import type { pqrContract } from '../contract/pqr.contract';
import type { HandlersOf } from '../handler';
import { listBandeja, requestsOf } from './bandeja';
import { pqrCatalog, causeById } from './catalog';
import { checkGate } from './gate';
import { createPqr, pqrByFiling } from './pqr.service';
import { issueMissingNotice, requirementsFor } from './requirements';
import { extendRequest, pauseRequest, resumeRequest } from './term';
import { getByCode } from '../subscribers/subscribers.service';

export const pqrHandlers = {
  'pqr.catalog': (ctx) => pqrCatalog(ctx),
  'pqr.gate': (ctx, input) => {
    const {
      invoiceId: _i,
      agreementId: _a,
      ...result
    } = checkGate(ctx, getByCode(ctx, input.subscriberCode), causeById(ctx, input.causeId));
    return result;
  },
  'pqr.create': createPqr,
  'pqr.requirements': requirementsFor,
  'pqr.missingNotice': issueMissingNotice,
  'pqr.get': (ctx, input) => pqrByFiling(ctx, input.filingNumber),
  'pqr.bySubscriber': (ctx, input) => requestsOf(ctx, input.code),
  'pqr.list': listBandeja,
  'pqr.pause': pauseRequest,
  'pqr.resume': resumeRequest,
  'pqr.extend': extendRequest,
} satisfies HandlersOf<typeof pqrContract>;
