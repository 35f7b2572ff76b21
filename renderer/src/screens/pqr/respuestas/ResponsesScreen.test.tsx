import { screen, waitFor, within } from '@testing-library/react';
import userEventLib, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PendingResponseRow } from '../../../../../electron/core/contract/responses.contract';
import { call, type Input, type Output, type Result } from '../../../api';
import { responseLetter } from '../../../documents/respuesta/response-fixtures';
import { COMPANY } from '../../../documents/test-fixtures';
import { fail, ok } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { TEMPLATE } from '../pqr-fixtures';
import { ResponsesScreen } from './ResponsesScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);
type Handler = (input: unknown) => Result<unknown>;

const VISIT: PendingResponseRow = {
  filingNumber: 'RAD-2026-000042',
  filedOn: '2026-11-23',
  dueOn: '2026-12-15',
  status: 'INFORME',
  service: 'ALCANTARILLADO',
  cause: 'VISITA DOMICILIARIA',
  subscriberCode: '100234',
  partyName: 'Esperanza Torres Muñoz',
  hasReport: true,
};

const DRAFT = 'Señor(a) Esperanza Torres Muñoz:\nEn la visita se encontró: sifón obstruido.';

function serve(overrides: Record<string, Handler> = {}) {
  let saved: Output<'responses.create'> | null = null;
  const handlers: Record<string, Handler> = {
    'responses.pending': () => ok([VISIT]),
    'responses.templates': () => ok([TEMPLATE]),
    'responses.draft': () => ok({ body: DRAFT, suiResponseType: 3, unfilled: [] }),
    'responses.create': (input) => {
      const i = input as Input<'responses.create'>;
      saved = responseLetter({ number: 'OFI-2026-000018', body: i.body, suiResponseType: i.suiResponseType });
      return ok(saved);
    },
    // The preview reads the letter as it prints, from the core.
    'documents.get': (input) => {
      const { number } = input as Input<'documents.get'>;
      if (!saved || saved.number !== number) return fail({ code: 'NOT_FOUND', message: `No existe el oficio ${number}.` });
      const office = { timeZone: 'America/Bogota', locale: 'es-CO', currency: 'COP' as const };
      return ok({ type: 'RESPUESTA', number, target: 'DOCUMENT', company: COMPANY, office, prints: 0, letter: saved });
    },
    ...overrides,
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);
let user: UserEvent;

async function openVisit() {
  renderInSessionQueries(<ResponsesScreen active activation={1} />, mockedCall);
  const table = await screen.findByRole('table', { name: 'Trámites por responder' });
  await user.click(await within(table).findByText('RAD-2026-000042'));
  return screen.findByRole('form', { name: 'Respuesta al trámite RAD-2026-000042' });
}

async function pickTemplate(form: HTMLElement) {
  await user.click(within(form).getByRole('combobox', { name: 'Plantilla de respuesta' }));
  await user.click(await screen.findByRole('option', { name: 'VISITA REALIZADA SIN HALLAZGOS' }));
  await waitFor(() => expect((within(form).getByLabelText('Texto de la respuesta') as HTMLTextAreaElement).value).toBe(DRAFT));
}

describe('PQR → Respuestas', () => {
  beforeEach(() => {
    user = userEventLib.setup({ delay: null });
    mockedCall.mockReset();
    serve();
  });

  it('fills the letter from the template, keeps the edits and GUARDAR gives the oficio its number, ready to print', async () => {
    const form = await openVisit();
    await pickTemplate(form);
    expect(callsOf('responses.draft')[0]![1]).toEqual({ filingNumber: 'RAD-2026-000042', templateId: 3 });
    expect(within(form).getByRole('combobox', { name: 'Tipo de respuesta (SUI)' }).textContent).toBe('3 · No accede');

    const body = within(form).getByLabelText('Texto de la respuesta');
    await user.click(body);
    await user.keyboard('{Control>}{End}{/Control}\nSin grasas.');
    await user.click(within(form).getByRole('button', { name: 'GUARDAR' }));

    await waitFor(() => expect(callsOf('responses.create')).toHaveLength(1));
    expect(callsOf('responses.create')[0]![1]).toEqual({
      filingNumber: 'RAD-2026-000042',
      templateId: 3,
      body: `${DRAFT}\nSin grasas.`,
      suiResponseType: 3,
    });
    expect(await screen.findByText(/Oficio de respuesta OFI-2026-000018 guardado/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'IMPRIMIR' })).toBeTruthy();
    const preview = screen.getByRole('region', { name: 'Vista previa del oficio' });
    expect((await within(preview).findAllByText(/Sin grasas/)).length).toBe(2);
    expect(callsOf('responses.pending').length).toBeGreaterThanOrEqual(2);
  });

  it('an empty text is refused on the field before calling the core', async () => {
    const form = await openVisit();
    await user.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(await within(form).findByText('Texto: es obligatorio')).toBeTruthy();
    expect(callsOf('responses.create')).toHaveLength(0);
  });

  it('shows the core’s refusal: a response before the visit report', async () => {
    const refusal =
      'La causal VISITA DOMICILIARIA requiere el informe de visita antes de responder: registre primero el informe del trámite RAD-2026-000042.';
    serve({
      'responses.create': () => fail({ code: 'RULE', message: refusal, issues: [{ field: 'filingNumber', message: refusal }] }),
    });
    const form = await openVisit();
    await pickTemplate(form);
    await user.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect((await within(form).findByRole('alert')).textContent).toBe(refusal);
    expect(screen.queryByRole('button', { name: 'IMPRIMIR' })).toBeNull();
  });
});
