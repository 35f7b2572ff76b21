import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output } from '../../../api';
import { ok, renderInSession } from '../../../test/render';
import { PrintingScreen } from './PrintingScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

// The print button has its own tests; here only what the screen hands it matters.
vi.mock('../../../documents', () => ({
  PrintButton: (props: { type: string; number: string; label: string; disabled: boolean }) => (
    <button type="button" disabled={props.disabled} data-type={props.type} data-number={props.number}>
      {props.label}
    </button>
  ),
  TestPageDocument: () => null,
}));

const CONFIG: Output<'printing.config'> = {
  workstation: 'VENTANILLA-01',
  documentPrinter: '',
  receiptPrinter: '',
  paper: 'CARTA',
};

function serve(printers: Output<'print.printers'>, config = CONFIG) {
  mockedCall.mockImplementation(async (name, input) => {
    if (name === 'printing.config') return ok(config);
    if (name === 'print.printers') return ok(printers);
    if (name === 'printing.setConfig') return ok({ ...(input as Input<'printing.setConfig'>), workstation: config.workstation });
    return ok({
      name: 'AGUAS DEMO',
      nit: '900123456-8',
      address: '',
      phone: '',
      city: '',
      logo: '',
      currency: 'COP',
      locale: 'es-CO',
    });
  });
}

function helpOf(form: HTMLElement, label: string): string {
  const id = within(form).getByLabelText(label).getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

describe('PrintingScreen', () => {
  beforeEach(() => mockedCall.mockReset());

  it('picks printers from the list and the paper, saves, then the test page prints with what was saved', async () => {
    serve({
      mode: 'desktop',
      printers: [
        { name: 'HP LaserJet M404', isDefault: true },
        { name: 'EPSON TM-T20III', isDefault: false },
      ],
    });
    renderInSession(<PrintingScreen active activation={1} />);
    const form = await screen.findByRole('form', { name: 'Configuración de impresión' });
    expect(screen.getByText('VENTANILLA-01')).toBeTruthy();
    expect(screen.getByText('Escritorio')).toBeTruthy();
    const documents = within(form).getByLabelText('Impresora de documentos');
    expect(
      within(documents)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Predeterminada del sistema', 'HP LaserJet M404 (predeterminada)', 'EPSON TM-T20III']);
    const testPage = await screen.findByRole('button', { name: 'IMPRIMIR PÁGINA DE PRUEBA' });
    expect(testPage.dataset).toMatchObject({ type: 'PRUEBA', number: 'PRUEBA-VENTANILLA-01' });
    expect(testPage).toHaveProperty('disabled', false);

    await userEvent.selectOptions(documents, 'HP LaserJet M404');
    await userEvent.selectOptions(within(form).getByLabelText('Impresora de recibos'), 'EPSON TM-T20III');
    await userEvent.selectOptions(within(form).getByLabelText('Papel'), 'Oficio');
    expect(testPage).toHaveProperty('disabled', true);
    expect(screen.getByText('Guarde los cambios antes de imprimir la página de prueba.')).toBeTruthy();

    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('printing.setConfig', {
      documentPrinter: 'HP LaserJet M404',
      receiptPrinter: 'EPSON TM-T20III',
      paper: 'OFICIO',
    });
    expect((await within(form).findByRole('status')).textContent).toBe('Configuración de impresión de VENTANILLA-01 guardada.');
    expect(testPage).toHaveProperty('disabled', false);
  });

  it('with no printer list the name is typed, and a bad one is refused next to the field without saving', async () => {
    serve({ mode: 'browser', printers: [] });
    renderInSession(<PrintingScreen active activation={1} />);
    const form = await screen.findByRole('form', { name: 'Configuración de impresión' });
    expect(screen.getByText('Navegador')).toBeTruthy();
    expect(screen.getByText(/Modo navegador: el PDF de cada documento se genera y se archiva en este equipo/)).toBeTruthy();
    const documents = within(form).getByLabelText('Impresora de documentos');
    await userEvent.click(documents);
    await userEvent.paste('X'.repeat(201));
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(helpOf(form, 'Impresora de documentos')).toBe('Impresora de documentos: máximo 200 caracteres');
    expect(mockedCall).not.toHaveBeenCalledWith('printing.setConfig', expect.anything());

    await userEvent.clear(documents);
    await userEvent.type(documents, 'Kyocera ECOSYS{Enter}');
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('printing.setConfig', {
        documentPrinter: 'Kyocera ECOSYS',
        receiptPrinter: '',
        paper: 'CARTA',
      }),
    );
  });

  it('warns when the saved printer is no longer on this computer', async () => {
    serve(
      { mode: 'desktop', printers: [{ name: 'HP LaserJet M404', isDefault: true }] },
      { ...CONFIG, documentPrinter: 'Brother HL-1200' },
    );
    renderInSession(<PrintingScreen active activation={1} />);
    const form = await screen.findByRole('form', { name: 'Configuración de impresión' });
    expect(helpOf(form, 'Impresora de documentos')).toBe(
      'Esta impresora no aparece en este equipo: elija otra o revise que esté conectada',
    );
    expect(within(form).getByLabelText<HTMLSelectElement>('Impresora de documentos').value).toBe('Brother HL-1200');
  });
});
