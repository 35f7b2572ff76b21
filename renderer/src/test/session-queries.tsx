import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import type { Mock } from 'vitest';
import { mutates } from '../../../electron/core/contract/may';
import type { call } from '../api';
import { invalidatedBy, newQueryClient } from '../api/queries';
import { fakeSession, renderInSession, type FakeSession } from './render';

/**
 * Renders in a session whose cache does what the app's (SessionQueries) does: once a mutation
 * answered ok, what it may have changed is read again. For a test whose `call` is a mock; the
 * answers are those the mock gives when this is called.
 */
export function renderInSessionQueries(ui: ReactElement, mockedCall: Mock<typeof call>, session: FakeSession = fakeSession()) {
  const client = newQueryClient();
  const answer = mockedCall.getMockImplementation();
  if (!answer) throw new Error('renderInSessionQueries: give the mock its answers first');
  mockedCall.mockImplementation(async (name, input) => {
    const result = await answer(name, input);
    if (result.ok && mutates(name)) {
      void client.invalidateQueries({ predicate: (query) => invalidatedBy(name, String(query.queryKey[0])) });
    }
    return result;
  });
  return renderInSession(<QueryClientProvider client={client}>{ui}</QueryClientProvider>, session);
}
