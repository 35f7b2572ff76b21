import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import type { SubscriberView } from '../../api/subscribers';
import { HISTORY } from '../../components/padron/padron-fixtures';
import { subscriberView } from '../../test/fixtures';
import { ok, renderInSession } from '../../test/render';
import { SubscriberScreen } from './SubscriberScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);
const FIELD = 'Código, nombre, cédula o dirección del suscriptor';
const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);

/** 100001 sold once (two titulares), moved twice and edited twice; 100002 never touched. */
function serve() {
  const sold: SubscriberView = {
    ...subscriberView('100001'),
    padronChanges: HISTORY.statuses.length + HISTORY.edits.length,
    ownerHistory: [
      {
        name: 'Esperanza Torres Muñoz',
        document: '1092038660',
        since: '2026-11-03',
        until: '2026-11-22',
        reason: 'Matrícula',
        documents: [],
      },
      {
        name: 'Jhon Fredy Perdomo',
        document: '1117512345',
        since: '2026-11-22',
        until: null,
        reason: 'Cambio de titular',
        documents: ['Escritura pública 1234 de 2026', 'Cédula del nuevo titular'],
      },
    ],
  };
  const views: Record<string, SubscriberView> = { '100001': sold, '100002': subscriberView('100002') };
  mockedCall.mockImplementation(async (name, input) => {
    const { code } = input as { code: string };
    if (name === 'subscribers.byCode' || name === 'subscribers.view') return ok(views[code]!);
    if (name === 'padron.history') return ok(HISTORY);
    return ok([]);
  });
}

async function openSubscriber(code: string) {
  const field = screen.getByLabelText(FIELD);
  await userEvent.clear(field);
  await userEvent.type(field, `${code}{Enter}`);
  return screen.findByRole('article', { name: `Suscriptor ${code}` });
}

describe('SUSCRIPTOR → Consulta: the padrón history', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('is counted on the view and closed; read only when opened; another subscriber starts closed again', async () => {
    renderInSession(<SubscriberScreen active activation={1} />);
    const article = await openSubscriber('100001');
    const section = within(article).getByRole('region', { name: 'Historia del padrón (4)' });
    const toggle = within(section).getByRole('button', { name: /Historia del padrón \(4\)/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(section).queryByRole('table')).toBeNull();
    expect(callsOf('padron.history')).toHaveLength(0);

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const moves = await within(section).findByRole('table', { name: 'Cambios de estado' });
    expect(callsOf('padron.history').map(([, input]) => input)).toEqual([{ code: '100001' }]);
    expect(within(moves).getAllByRole('row')[1]!.textContent).toContain('OT-2026-000081');
    const edits = within(section).getByRole('table', { name: 'Ediciones' });
    expect(within(edits).getAllByRole('row')[1]!.textContent).toContain('Estrato: 2 → 3');
    // The titulares have their own tab on the view: not repeated here.
    expect(within(section).queryByRole('table', { name: 'Titulares' })).toBeNull();

    const other = await openSubscriber('100002');
    await waitFor(() => expect(other.querySelector('[aria-label="Historia del padrón (0)"]')).not.toBeNull());
    const closed = within(other).getByRole('region', { name: 'Historia del padrón (0)' });
    expect(
      within(closed)
        .getByRole('button', { name: /Historia del padrón/ })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    expect(within(closed).queryByRole('table')).toBeNull();
    expect(callsOf('padron.history')).toHaveLength(1);
  });

  it('TITULARES (n): each titular with its dates, reason and the documents presented', async () => {
    renderInSession(<SubscriberScreen active activation={1} />);
    const article = await openSubscriber('100001');
    await userEvent.click(within(article).getByRole('tab', { name: 'Titulares (2)' }));
    const rows = within(within(article).getByRole('table', { name: 'Historial de titulares' }))
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows.slice(1)).toEqual([
      ['Esperanza Torres Muñoz', '1092038660', '03/11/2026', '22/11/2026', 'Matrícula', '—'],
      [
        'Jhon Fredy Perdomo',
        '1117512345',
        '22/11/2026',
        'Actual',
        'Cambio de titular',
        'Escritura pública 1234 de 2026 · Cédula del nuevo titular',
      ],
    ]);
  });
});
