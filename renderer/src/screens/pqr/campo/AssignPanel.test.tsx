import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../api';
import { fail, renderInSession } from '../../../test/render';
import { AssignPanel } from './AssignPanel';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const WORKER = { id: 4, name: 'Jhon Fredy Cuéllar', documentNumber: '17654321', kind: 'CONTRATISTA', mobile: '', openOrders: 0 };
const target = { filingNumber: 'RAD-2026-000001', summary: [['Causal', 'RECONEXIÓN DEL SERVICIO']] as const };

describe('PQR → Trabajo de campo: ASIGNAR', () => {
  beforeEach(() => {
    mockedCall.mockReset().mockResolvedValue(fail({ code: 'RULE', message: 'El trámite ya fue asignado.' }));
  });

  it('says under Instrucciones that Enter assigns, and Enter there sends ASIGNAR', async () => {
    renderInSession(<AssignPanel target={target} workers={[WORKER]} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Contratista' })));
    await userEvent.keyboard('{Enter}');
    const instructions = screen.getByRole('textbox', { name: 'Instrucciones' });
    await waitFor(() => expect(document.activeElement).toBe(instructions));
    expect(screen.getByText('Qué hacer en el predio. Enter: ASIGNAR; Mayús+Enter: nueva línea.')).toBeTruthy();
    await userEvent.keyboard('Abrir el registro{Enter}');
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('fieldWork.assign', {
        filingNumber: 'RAD-2026-000001',
        fieldWorkerId: 4,
        instructions: 'Abrir el registro',
      }),
    );
  });

  it('when reassigning, says Enter goes on to the motivo', () => {
    renderInSession(
      <AssignPanel target={{ ...target, replaces: { number: 'OT-2026-000001', fieldWorker: 'Otro' } }} workers={[WORKER]} />,
    );
    expect(screen.getByText('Qué hacer en el predio. Enter: pasa al motivo; Mayús+Enter: nueva línea.')).toBeTruthy();
    expect(screen.getByText('Al menos 10 caracteres. Enter: REASIGNAR.')).toBeTruthy();
  });
});
