import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { vi } from 'vitest';
import type { Role } from '../../../../../db/schema/enums';
import { call, type Input, type Output, type Result } from '../../../api';
import { OPTIONS, registered } from '../../../components/padron/padron-fixtures';
import { subscriberRecord } from '../../../test/fixtures';
import { fail, fakeSession, ok, SESSION } from '../../../test/render';

/** The tercero typed at the counter: found by his cédula. */
export const BUYER = {
  ...subscriberRecord('100001').owner,
  id: 9,
  documentNumber: '1117512345',
  names: 'Jhon Fredy',
  surnames: 'Perdomo',
  fullName: 'Jhon Fredy Perdomo',
};

/** A session of `role` (the supervisor de matrícula keeps the padrón). */
export const sessionOf = (role: Role) =>
  fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role, fullName: 'Arley Perdomo Losada' } } });

type Handler = (input: unknown) => Result<unknown>;

/** The core as the padrón tests need it (`call` mocked by the test file); `overrides` replace single procedures. */
export function serve(overrides: Record<string, Handler> = {}, record = subscriberRecord('100001')) {
  const handlers: Record<string, Handler> = {
    'padron.options': () => ok(OPTIONS),
    'padron.history': () => ok({ edits: [], statuses: [], owners: [] }),
    'parties.byDocument': () => ok([BUYER]),
    'padron.subscriber': (input) =>
      (input as { code: string }).code === record.code
        ? ok(record)
        : fail({ code: 'NOT_FOUND', message: `No existe un suscriptor con el código ${(input as { code: string }).code}.` }),
    'padron.register': (input) => ok(registered({ code: (input as Input<'padron.register'>).code })),
    ...overrides,
  };
  vi.mocked(call).mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

export const callsOf = (name: string) => vi.mocked(call).mock.calls.filter(([n]) => n === name);

/** The message under a field (MUI's helper text, tied by aria-describedby). */
export function helpOf(field: HTMLElement): string {
  const id = field.getAttribute('aria-describedby');
  return ((id && document.getElementById(id)?.textContent) || '').replace(/\s/g, ' ').trim();
}

export const refusal = (field: string, message: string, code: 'VALIDATION' | 'RULE' = 'VALIDATION') =>
  fail({ code, message, issues: [{ field, message }] });

export const guardar = () => screen.getByRole('button', { name: /GUARDAR/ });

/** Replaces a field's text at once (pasted): these tests are about the form, not each keystroke. */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  await user.paste(text);
}
