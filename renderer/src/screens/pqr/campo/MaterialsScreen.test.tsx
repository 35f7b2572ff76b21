import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROLES, type Role } from '../../../../../db/schema/enums';
import { may } from '../../../../../electron/core/contract/may';
import { call, type Output, type Result } from '../../../api';
import { ACTIVE, CORTE, savedInvoice } from '../../../test/invoice-fixtures';
import { fail, fakeSession, ok, SESSION } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { MaterialsScreen } from './MaterialsScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const REPORT: Output<'fieldWork.pendingMaterials'>[number] = {
  fieldReportId: 4,
  workOrderNumber: 'OT-2026-000012',
  filingNumber: 'RAD-2026-000031',
  visitedOn: '2026-11-23',
  cause: 'RECONEXIÓN DEL SERVICIO',
  fieldWorker: 'Edilberto Cuéllar Rojas',
  subscriber: ACTIVE,
  party: ACTIVE.owner,
  materials: [{ productId: CORTE.id, code: CORTE.code, name: CORTE.name, quantity: 1, unitPrice: CORTE.price }],
  estimatedTotal: CORTE.price!,
};

function serve() {
  const handlers: Record<string, () => Result<unknown>> = {
    'fieldWork.pendingMaterials': () => ok([REPORT]),
    'fieldWork.invoiceMaterials': () =>
      ok(
        savedInvoice({
          requestKey: 'k',
          paymentForm: 'CONTADO',
          subscriberCode: ACTIVE.code,
          partyId: 7,
          lines: [{ productId: CORTE.id, quantity: 1 }],
          observation: '',
        }),
      ),
  };
  mockedCall.mockImplementation(async (name) => {
    const handler = handlers[name];
    return (handler ? handler() : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const session = (role: Role) => fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role } } });
const pendingReads = () => mockedCall.mock.calls.filter(([n]) => n === 'fieldWork.pendingMaterials').length;

describe('Materiales por facturar', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('shows the list to the roles that may read it and FACTURAR to those that may invoice, as the contract says', async () => {
    const seeing: Role[] = [];
    const invoicing: Role[] = [];
    for (const role of ROLES) {
      const { unmount } = renderInSessionQueries(<MaterialsScreen active activation={1} />, mockedCall, session(role));
      const table = screen.queryByRole('table', { name: 'Informes con materiales por facturar' });
      if (table) {
        seeing.push(role);
        await userEvent.click(await within(table).findByText('OT-2026-000012'));
        if (screen.queryByRole('button', { name: 'FACTURAR' })) invoicing.push(role);
      } else {
        expect(screen.getByText('Los materiales por facturar los ven ALMACÉN y el supervisor.')).toBeTruthy();
      }
      unmount();
    }
    expect(seeing).toEqual(ROLES.filter((role) => may('fieldWork.pendingMaterials', role)));
    expect(invoicing).toEqual(ROLES.filter((role) => may('fieldWork.invoiceMaterials', role)));
    expect(invoicing.length).toBeGreaterThan(0);
    expect(invoicing.length).toBeLessThan(seeing.length);
    expect(pendingReads()).toBe(seeing.length);
  });

  it('reads the list again once the materials are invoiced', async () => {
    const almacen = ROLES.find((role) => may('fieldWork.invoiceMaterials', role))!;
    renderInSessionQueries(<MaterialsScreen active activation={1} />, mockedCall, session(almacen));
    await userEvent.click(await screen.findByText('OT-2026-000012'));
    await userEvent.click(screen.getByRole('button', { name: 'FACTURAR' }));
    expect(await screen.findByLabelText('Número de factura')).toBeTruthy();
    await waitFor(() => expect(pendingReads()).toBe(2));
  });
});
