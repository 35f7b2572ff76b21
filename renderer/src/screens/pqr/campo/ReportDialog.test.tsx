import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../../api';
import { workOrder } from '../../../documents/orden-trabajo/work-order-fixtures';
import { COMPANY } from '../../../documents/test-fixtures';
import { fail, fakeSession, ok, renderInSession, SESSION } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { FieldWorkScreen } from './FieldWorkScreen';
import type { OpenOrderRow } from './use-field-work';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const ORDER: OpenOrderRow = {
  number: 'OT-2026-000012',
  filingNumber: 'RAD-2026-000031',
  assignedAt: '2026-11-23T15:10:00.000Z',
  fieldWorker: 'Edilberto Cuéllar Rojas',
  cause: 'RECONEXIÓN DEL SERVICIO',
  assignedBy: 'SUPERVISOR',
  restoresService: true,
  subscriberCode: '100004',
  subscriberName: 'Jhon Fredy Perdomo Cuéllar',
  address: 'Calle 12 # 8-45',
  routeCode: '01-004',
  hasMeter: true,
  dueOn: '2026-12-15',
  appointment: null,
};

const PRODUCTS: Output<'products.list'> = [
  {
    id: 6,
    code: 'RPA',
    name: 'CAMBIO DE REGISTRO DE PASO',
    category: 'COMPLEMENTARIO',
    taxable: false,
    active: true,
    price: 96_000,
    priceFrom: '2023-01-01',
    nextPrice: null,
  },
  {
    id: 9,
    code: 'FON',
    name: 'FONTANERÍA (HORA)',
    category: 'COMPLEMENTARIO',
    taxable: false,
    active: true,
    price: 35_000,
    priceFrom: '2023-01-01',
    nextPrice: null,
  },
];

function serve(report: (input: Input<'fieldWork.report'>) => Result<unknown>) {
  const handlers: Record<string, (input: unknown) => Result<unknown>> = {
    'company.get': () => ok(COMPANY),
    'fieldWork.queue': () => ok([]),
    'fieldWork.openOrders': () => ok([ORDER]),
    'fieldWork.workers': () => ok([]),
    'fieldWork.order': () => ok(workOrder()),
    'products.list': () => ok(PRODUCTS),
    'fieldWork.report': (input) => report(input as Input<'fieldWork.report'>),
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);
const supervisor = () =>
  fakeSession({ info: { ...SESSION, user: { ...SESSION.user, username: 'supervisor', role: 'SUPERVISOR' } } });

async function openReport() {
  renderInSessionQueries(<FieldWorkScreen active activation={1} />, mockedCall, supervisor());
  await userEvent.click(await screen.findByRole('button', { name: 'Registrar informe de OT-2026-000012' }));
  return screen.findByRole('form', { name: 'Registrar informe de OT-2026-000012' });
}

const DONE: Output<'fieldWork.report'> = {
  order: workOrder({
    status: 'CERRADA',
    request: { ...workOrder().request, status: 'CERRADO' },
    subscriber: { ...workOrder().subscriber, status: 'ACTIVO' },
    report: {
      id: 1,
      visitedOn: '2026-11-23',
      findings: 'Registro sellado',
      actions: 'Se abrió el registro',
      meterReading: 1532,
      done: true,
      recordedAt: '2026-11-23T17:00:00.000Z',
      recordedBy: 'Arley Perdomo Losada',
      materials: [
        { productId: 6, code: 'RPA', name: 'CAMBIO DE REGISTRO DE PASO', quantity: 1, unitPrice: 96_000, invoiceNumber: null },
      ],
      attachments: [],
    },
  }),
  requestStatus: 'CERRADO',
  subscriberStatus: 'ACTIVO',
};

describe('Trabajo de campo → Registrar informe', () => {
  beforeEach(() => {
    mockedCall.mockReset();
  });

  it('says what is missing and sends nothing until findings, actions and whether it was done are there', async () => {
    serve(() => ok(DONE));
    const dialog = await openReport();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Fecha de la visita')));
    expect(within(dialog).getByLabelText<HTMLInputElement>('Fecha de la visita').value).toBe('2026-11-23');
    await userEvent.click(within(dialog).getByRole('button', { name: 'GUARDAR' }));
    expect(await within(dialog).findByText('Hallazgos: es obligatorio')).toBeTruthy();
    expect(within(dialog).getByText('Acciones realizadas: es obligatorio')).toBeTruthy();
    expect(within(dialog).getByText('¿Se realizó el trabajo?: elija sí o no')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Hallazgos')));
    expect(callsOf('fieldWork.report')).toHaveLength(0);
  });

  it('sends the report with its reading, materials and photos in base64, then says the trámite closed and the subscriber is ACTIVO', async () => {
    serve(() => ok(DONE));
    const dialog = await openReport();
    await userEvent.click(within(dialog).getByLabelText('Hallazgos'));
    await userEvent.paste('Registro sellado');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Acciones realizadas')));
    await userEvent.paste('Se abrió el registro');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Lectura del medidor')));
    await userEvent.paste('1532');
    await userEvent.click(within(dialog).getByLabelText('Sí'));
    expect(within(dialog).getByText('El suscriptor quedará ACTIVO y el trámite se cerrará.')).toBeTruthy();

    await userEvent.click(within(dialog).getByLabelText('Material'));
    await userEvent.keyboard('registro{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Cantidad')));
    await userEvent.keyboard('{Enter}');
    expect(
      within(within(dialog).getByRole('table', { name: 'Materiales utilizados' })).getByText('CAMBIO DE REGISTRO DE PASO'),
    ).toBeTruthy();

    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    await userEvent.upload(
      within(dialog).getByLabelText('Archivos de fotos'),
      new File([bytes], 'medidor.jpg', { type: 'image/jpeg' }),
    );
    expect(await within(dialog).findByText('medidor.jpg')).toBeTruthy();

    await userEvent.click(within(dialog).getByRole('button', { name: 'GUARDAR' }));
    await waitFor(() => expect(callsOf('fieldWork.report')).toHaveLength(1));
    expect(callsOf('fieldWork.report')[0]![1]).toEqual({
      filingNumber: 'RAD-2026-000031',
      visitedOn: '2026-11-23',
      findings: 'Registro sellado',
      actions: 'Se abrió el registro',
      meterReading: 1532,
      done: true,
      materials: [{ productId: 6, quantity: 1 }],
      photos: [{ fileName: 'medidor.jpg', mimeType: 'image/jpeg', dataBase64: btoa(String.fromCharCode(...bytes)) }],
    });
    expect(
      await screen.findByText(
        'Informe de la orden OT-2026-000012 guardado. Trámite RAD-2026-000031 CERRADO. Suscriptor 100004: ACTIVO. Los materiales quedan para facturar en ALMACÉN.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Registrar informe de OT-2026-000012' })).toBeNull();
    // The lists are read again: the order left the field.
    expect(callsOf('fieldWork.openOrders').length).toBeGreaterThan(1);
  });

  it('refuses a file that is not a photo or a PDF, and shows the core refusing one under the photos', async () => {
    serve(() =>
      fail({
        code: 'VALIDATION',
        message: 'Foto 1 (grande.jpg): pesa 3,1 MB; el máximo es 2 MB',
        issues: [{ field: 'photos.0.dataBase64', message: 'Foto 1 (grande.jpg): pesa 3,1 MB; el máximo es 2 MB' }],
      }),
    );
    const dialog = await openReport();
    const files = within(dialog).getByLabelText('Archivos de fotos');
    await userEvent.upload(files, new File(['GIF89a'], 'animado.gif', { type: 'image/gif' }), { applyAccept: false });
    expect(await within(dialog).findByText('animado.gif: solo fotos JPEG o PNG, o PDF')).toBeTruthy();
    expect(within(dialog).queryByRole('list', { name: 'Fotos adjuntas' })).toBeNull();

    await userEvent.upload(files, new File([new Uint8Array([0xff, 0xd8, 0xff])], 'grande.jpg', { type: 'image/jpeg' }));
    await userEvent.click(within(dialog).getByLabelText('Hallazgos'));
    await userEvent.paste('Registro sellado');
    await userEvent.click(within(dialog).getByLabelText('Acciones realizadas'));
    await userEvent.paste('Se abrió el registro');
    await userEvent.click(within(dialog).getByLabelText(/^No/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'GUARDAR' }));
    expect(await within(dialog).findByText('Foto 1 (grande.jpg): pesa 3,1 MB; el máximo es 2 MB')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(screen.getByRole('form', { name: 'Registrar informe de OT-2026-000012' })).toBeTruthy();
  });

  it('leaves Registrar informe to the role that assigns the causal', async () => {
    serve(() => ok(DONE));
    renderInSession(
      <FieldWorkScreen active activation={1} />,
      fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role: 'COORDINADOR_PQR' } } }),
    );
    const button = await screen.findByRole('button', { name: 'Registrar informe de OT-2026-000012' });
    expect(button).toHaveProperty('disabled', true);
  });
});
