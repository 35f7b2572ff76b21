import type { partiesContract } from '../contract/parties.contract';
import type { HandlersOf } from '../handler';
import { createParty, findByDocument, searchParties, updateParty } from './parties.service';

export const partiesHandlers = {
  'parties.byDocument': (ctx, input) => findByDocument(ctx, input.documentNumber),
  'parties.search': (ctx, input) => searchParties(ctx, input.q),
  'parties.create': createParty,
  'parties.update': (ctx, input) => updateParty(ctx, input.id, input.party),
} satisfies HandlersOf<typeof partiesContract>;
