import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../../api';
import { subscriberView } from '../../../test/fixtures';
import { fail, ok } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { causeOf, tramiteView } from '../pqr-fixtures';
import { TramiteScreen } from './TramiteScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const CATALOG: Output<'pqr.catalog'> = {
  zones: [{ id: 1, name: 'FLORENCIA' }],
  channels: [{ id: 1, name: 'PERSONAL' }],
  requestTypes: [{ id: 1, name: 'PETICIÓN', responseDays: 15 }],
  causes: [causeOf(5, 'DAÑO EN LA ACOMETIDA'), causeOf(6, 'CAMBIO DE NOMBRE')],
};

type Handler = (input: never) => Result<unknown>;

function serve(overrides: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    'pqr.catalog': () => ok(CATALOG),
    'subscribers.view': () => ok(subscriberView('100234')),
    ...overrides,
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input as never) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const sent = <N extends string>(name: N) => mockedCall.mock.calls.filter(([n]) => n === name).map(([, input]) => input);

const focusedName = () => document.activeElement?.getAttribute('name');

async function openForm() {
  renderInSessionQueries(<TramiteScreen active activation={1} />, mockedCall);
  const form = await screen.findByRole('form', { name: 'Nuevo trámite' });
  await waitFor(() => expect(focusedName()).toBe('zoneId'));
  return form;
}

async function openSubscriber(form: HTMLElement) {
  await userEvent.click(within(form).getByLabelText('Código del suscriptor'));
  await userEvent.keyboard('100234{Enter}');
  await waitFor(() => expect(within(form).getByRole('status', { name: 'Tercero elegido' }).textContent).toContain('Titular'));
}

describe('PQR → TRÁMITE, keyboard first', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('after código + Enter the titular is the tercero: the focus goes on to Servicio, not to the cédula', async () => {
    const form = await openForm();
    await openSubscriber(form);
    await waitFor(() => expect(focusedName()).toBe('service'));
    expect(document.activeElement).not.toBe(within(form).getByLabelText('Número de documento del tercero'));
  });

  it('skips what is already filled: with the servicio chosen, the focus goes to the tipo de trámite, then the causal', async () => {
    const form = await openForm();
    await userEvent.selectOptions(within(form).getByLabelText('Servicio'), 'ALCANTARILLADO');
    await openSubscriber(form);
    await waitFor(() => expect(focusedName()).toBe('requestTypeId'));

    await userEvent.selectOptions(within(form).getByLabelText('Tipo de trámite'), 'PETICIÓN');
    await userEvent.click(within(form).getByLabelText('Código del suscriptor'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focusedName()).toBe('causeId'));
  });

  it('says under the Observación that Enter goes on to GUARDAR, and it does', async () => {
    const form = await openForm();
    const observation = within(form).getByRole('textbox', { name: 'Observación' });
    expect(within(form).getByText(/Enter: pasa a GUARDAR; Mayús\+Enter: nueva línea\./)).toBeTruthy();
    await userEvent.click(observation);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'GUARDAR' }));
  });
});

/** CAMBIO DE NOMBRE (seed 004): what the titular brings, and what a tercero brings besides. */
const CHECKLISTS: Record<string, Output<'pqr.requirements'>> = {
  TITULAR: [
    { id: 11, name: 'Identificación oficial', required: true },
    { id: 12, name: 'Boleta predial actualizada', required: false },
  ],
  TERCERO: [
    { id: 21, name: 'Carta poder', required: true },
    { id: 22, name: 'Identificación oficial del titular', required: true },
  ],
};
const MISSING =
  'Faltan documentos requeridos: Identificación oficial. El trámite no se radicó: imprima la documentación faltante para el usuario.';

function serveRequirements(create: (input: Input<'pqr.create'>) => Result<unknown>) {
  serve({
    'pqr.requirements': (input: Input<'pqr.requirements'>) => ok(CHECKLISTS[input.applicantKind] ?? []),
    'pqr.create': create,
    'pqr.missingNotice': () => ok({ number: 'DF-2026-000004', missing: ['Identificación oficial'], presented: [] }),
    'print.document': () =>
      ok({
        archivePath: '2026/11/DOCUMENTACION_FALTANTE/DF-2026-000004.pdf',
        printer: 'HP',
        printed: true,
        printerError: null,
        printerConfigured: true,
        reprint: 0,
      }),
  });
}

const refuseWithoutId = (input: Input<'pqr.create'>) =>
  input.requirementsPresented?.includes(11)
    ? ok(tramiteView('RADICADO', { requirements: [{ id: 11, name: 'Identificación oficial', required: true, presented: true }] }))
    : fail({ code: 'RULE', message: MISSING, issues: [{ field: 'requirementsPresented', message: MISSING }] });

async function chooseTramite(form: HTMLElement) {
  await openSubscriber(form);
  await userEvent.selectOptions(within(form).getByLabelText('Servicio'), 'ALCANTARILLADO');
  await userEvent.selectOptions(within(form).getByLabelText('Tipo de trámite'), 'PETICIÓN');
  await userEvent.selectOptions(within(form).getByLabelText('Causal'), 'CAMBIO DE NOMBRE');
}

const documents = (form: HTMLElement) => within(within(form).getByRole('group', { name: 'Documentos que presenta el usuario' }));

describe('PQR → TRÁMITE: requirements at the counter (seed 004)', () => {
  beforeEach(() => {
    mockedCall.mockReset();
  });

  it('lists what the solicitante must bring for the tipo and causal: the titular by default, a tercero’s own list once chosen', async () => {
    serveRequirements(refuseWithoutId);
    const form = await openForm();
    await chooseTramite(form);
    const applicant = within(form).getByLabelText('Solicitante');
    expect((applicant as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Titular');
    expect(await documents(form).findByRole('checkbox', { name: 'Identificación oficial requerido' })).toBeTruthy();
    expect(documents(form).getByRole('checkbox', { name: 'Boleta predial actualizada opcional' })).toBeTruthy();
    expect(sent('pqr.requirements').at(-1)).toEqual({ requestTypeId: 1, causeId: 6, applicantKind: 'TITULAR' });

    await userEvent.selectOptions(applicant, 'Tercero con carta poder');
    expect(await documents(form).findByRole('checkbox', { name: 'Carta poder requerido' })).toBeTruthy();
    expect(documents(form).queryByRole('checkbox', { name: /Boleta predial/ })).toBeNull();
    expect(sent('pqr.requirements').at(-1)).toEqual({ requestTypeId: 1, causeId: 6, applicantKind: 'TERCERO' });
  });

  it('refused for a missing document: prints the numbered Documentación faltante; ticked, the trámite is radicated with it', async () => {
    serveRequirements(refuseWithoutId);
    const form = await openForm();
    await chooseTramite(form);
    await userEvent.click(await documents(form).findByRole('checkbox', { name: 'Boleta predial actualizada opcional' }));
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));

    expect((await within(form).findByRole('alert')).textContent).toBe(MISSING);
    expect(sent('pqr.create')).toMatchObject([{ applicantKind: 'TITULAR', requirementsPresented: [12] }]);
    const offer = within(form).getByRole('button', { name: 'IMPRIMIR DOCUMENTACIÓN FALTANTE' });
    await waitFor(() => expect(document.activeElement).toBe(offer));
    await userEvent.click(offer);

    expect((await within(form).findByRole('status', { name: 'Documentación faltante' })).textContent).toContain('DF-2026-000004');
    await waitFor(() =>
      expect(sent('print.document')).toEqual([{ type: 'DOCUMENTACION_FALTANTE', number: 'DF-2026-000004', target: 'DOCUMENT' }]),
    );
    const [notice] = sent('pqr.missingNotice') as Input<'pqr.missingNotice'>[];
    expect(notice).toMatchObject({
      subscriberCode: '100234',
      partyId: 7,
      requestTypeId: 1,
      causeId: 6,
      applicantKind: 'TITULAR',
      requirementsPresented: [12],
    });
    expect(notice!.requestKey).not.toBe((sent('pqr.create')[0] as Input<'pqr.create'>).requestKey);
    expect(await within(form).findByText(/PDF archivado en 2026\/11\/DOCUMENTACION_FALTANTE\/DF-2026-000004\.pdf/)).toBeTruthy();

    // The user had it after all: ticked, the refusal and its offer go, and GUARDAR radicates.
    await userEvent.click(documents(form).getByRole('checkbox', { name: 'Identificación oficial requerido' }));
    expect(within(form).queryByRole('button', { name: 'IMPRIMIR DOCUMENTACIÓN FALTANTE' })).toBeNull();
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(await screen.findByLabelText('Número de radicado')).toBeTruthy();
    expect(sent('pqr.create').at(-1)).toMatchObject({ applicantKind: 'TITULAR', requirementsPresented: [12, 11] });
    expect(within(screen.getByRole('table', { name: 'Documentos presentados' })).getByText('✓')).toBeTruthy();
  });

  it('an office that radicates with documents missing: the saved trámite says EN ESPERA DE DOCUMENTOS, its term stopped', async () => {
    serveRequirements(() =>
      ok(
        tramiteView('EN_ESPERA', {
          requirements: [{ id: 11, name: 'Identificación oficial', required: true, presented: false }],
        }),
      ),
    );
    const form = await openForm();
    await chooseTramite(form);
    await documents(form).findByRole('checkbox', { name: 'Identificación oficial requerido' });
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    const waiting = await screen.findByRole('status', { name: 'En espera de documentos' });
    expect(waiting.textContent).toContain('EN ESPERA DE DOCUMENTOS: el término está detenido');
    expect(waiting.textContent).toContain('(Identificación oficial)');
    expect(screen.getByLabelText(/^Vence 11\/12\/2026, en espera$/)).toBeTruthy();
  });

  it('Enter on the causal goes to the solicitante, Enter there to the first document, Enter on it to the observación', async () => {
    serveRequirements(refuseWithoutId);
    const form = await openForm();
    await chooseTramite(form);
    await documents(form).findByRole('checkbox', { name: 'Identificación oficial requerido' });
    await userEvent.click(within(form).getByLabelText('Causal'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focusedName()).toBe('applicantKind'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focusedName()).toBe('requirement-11'));
    await userEvent.keyboard(' {Enter}');
    await waitFor(() => expect(focusedName()).toBe('observation'));
    expect(documents(form).getByRole('checkbox', { name: 'Identificación oficial requerido' })).toHaveProperty('checked', true);
  });
});
