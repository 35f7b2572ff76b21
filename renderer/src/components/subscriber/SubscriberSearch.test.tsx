import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Result } from '../../api';
import { summary, type Summary } from '../../test/fixtures';
import { deferred, fail, ok, renderInSession } from '../../test/render';
import { SubscriberSearch } from './SubscriberSearch';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);
const FIELD = 'Código, nombre, cédula o dirección del suscriptor';

function setup() {
  const onOpen = vi.fn();
  const onCode = vi.fn();
  renderInSession(<SubscriberSearch onOpen={onOpen} onCode={onCode} autoFocus />);
  return { onOpen, onCode, field: screen.getByLabelText<HTMLInputElement>(FIELD) };
}

const options = () => screen.queryAllByRole('option');

describe('SubscriberSearch', () => {
  beforeEach(() => mockedCall.mockReset());

  it('a código + Enter looks it up and opens it', async () => {
    const found = summary('100001', 'Esperanza Torres Muñoz');
    mockedCall.mockImplementation(async (name) => (name === 'subscribers.byCode' ? ok(found) : ok([])));
    const { onOpen, field } = setup();
    await userEvent.type(field, '100001{Enter}');
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(found));
    expect(mockedCall).toHaveBeenCalledWith('subscribers.byCode', { code: '100001' });
  });

  it('tells the screen the código before its lookup is sent, so it reads the rest meanwhile', async () => {
    const found = summary('100001', 'Esperanza Torres Muñoz');
    const lookup = deferred<Result<Summary>>();
    mockedCall.mockImplementation(async (name) => (name === 'subscribers.byCode' ? lookup.promise : ok([])) as never);
    const { onOpen, onCode, field } = setup();
    await userEvent.type(field, '100001{Enter}');
    await waitFor(() => expect(onCode).toHaveBeenCalledWith('100001'));
    const lookupAt = mockedCall.mock.invocationCallOrder[mockedCall.mock.calls.findIndex(([n]) => n === 'subscribers.byCode')]!;
    expect(onCode.mock.invocationCallOrder[0]).toBeLessThan(lookupAt);
    expect(onOpen).not.toHaveBeenCalled();
    lookup.resolve(ok(found));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(found));
  });

  it('a match picked from the list is told as its código, then opened', async () => {
    const match = summary('100124', 'Diego Ortiz Núñez');
    mockedCall.mockResolvedValue(ok([match]));
    const { onOpen, onCode, field } = setup();
    await userEvent.type(field, 'ortiz');
    await waitFor(() => expect(options()).toHaveLength(1));
    await userEvent.keyboard('{Enter}');
    expect(onCode).toHaveBeenCalledWith('100124');
    expect(onOpen).toHaveBeenCalledWith(match);
    expect(mockedCall.mock.calls.filter(([n]) => n === 'subscribers.byCode')).toHaveLength(0);
  });

  it('says under the field when the código does not exist', async () => {
    mockedCall.mockImplementation(async (name) =>
      name === 'subscribers.byCode'
        ? fail({ code: 'NOT_FOUND', message: 'No existe un suscriptor con el código 999999.' })
        : ok([]),
    );
    const { onOpen, field } = setup();
    await userEvent.type(field, '999999{Enter}');
    expect(await screen.findByText(/No existe un suscriptor con el código 999999\./)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('typing a name lists matches; arrows move and Enter opens the highlighted one', async () => {
    const matches = [summary('100124', 'Diego Ortiz Núñez'), summary('100068', 'Fernando Calderón Núñez')];
    mockedCall.mockResolvedValue(ok(matches));
    const { onOpen, field } = setup();
    await userEvent.type(field, 'nunez');
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(mockedCall).toHaveBeenLastCalledWith('subscribers.search', { q: 'nunez', limit: 20 });
    expect(options()[0]!.getAttribute('aria-selected')).toBe('true');

    await userEvent.keyboard('{ArrowDown}');
    expect(options()[1]!.getAttribute('aria-selected')).toBe('true');
    expect(field.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith(matches[1]);
    expect(options()).toHaveLength(0);
    expect(field.value).toBe('100068');
  });

  it('waits for a pause in typing before searching', async () => {
    mockedCall.mockResolvedValue(ok([]));
    const { field } = setup();
    await userEvent.type(field, 'perez');
    await waitFor(() => expect(mockedCall).toHaveBeenCalledTimes(1));
    expect(mockedCall).toHaveBeenCalledWith('subscribers.search', { q: 'perez', limit: 20 });
  });

  it('ignores an answer that arrives after a newer one', async () => {
    const slow = deferred<Result<Summary[]>>();
    const fast = deferred<Result<Summary[]>>();
    mockedCall.mockReturnValueOnce(slow.promise).mockReturnValueOnce(fast.promise);
    const { field } = setup();

    fireEvent.change(field, { target: { value: 'Gom' } });
    await waitFor(() => expect(mockedCall).toHaveBeenCalledTimes(1));
    fireEvent.change(field, { target: { value: 'Gomez' } });
    await waitFor(() => expect(mockedCall).toHaveBeenCalledTimes(2));

    fast.resolve(ok([summary('100002', 'Ana Gómez Ruiz')]));
    await waitFor(() => expect(options()).toHaveLength(1));
    slow.resolve(ok([summary('100003', 'Otro Gomara'), summary('100004', 'Otra Gomara')]));
    await new Promise((r) => setTimeout(r, 20));
    expect(options()).toHaveLength(1);
    expect(options()[0]!.textContent).toContain('Ana Gómez Ruiz');
  });

  it('Escape clears the field and the list', async () => {
    mockedCall.mockResolvedValue(ok([summary('100002', 'Ana Gómez Ruiz')]));
    const { field } = setup();
    await userEvent.type(field, 'gomez');
    await waitFor(() => expect(options()).toHaveLength(1));
    await userEvent.keyboard('{Escape}');
    expect(field.value).toBe('');
    expect(options()).toHaveLength(0);
  });
});
