import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Result } from '../../../api';
import { deferred, ok, renderInSession } from '../../../test/render';
import { ImportScreen } from './ImportScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const PADRON = [
  'CUENTA;RUTA;DIRECCION;USO;ESTRATO;ACUEDUCTO;ALCANTARILLADO;ASEO;TIPO DOC TITULAR;CEDULA TITULAR',
  '200001;01-001;Calle 5 # 8-12;RESIDENCIAL;2;S;S;S;CC;40612001',
  '200002;99-999;Calle 1 # 1-01;RESIDENCIAL;2;S;S;S;CC;40612001',
].join('\r\n');

/** A chosen file as the browser gives it (jsdom's Blob cannot stream: fetch's stands in). */
async function choose(text: string | Uint8Array<ArrayBuffer>, name: string): Promise<void> {
  const file = Object.assign(await new Response(text).blob(), { name });
  const input = screen.getByLabelText('Archivo a importar');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const counts = (NEW: number, REJECTED: number) => ({ NEW, CHANGED: 0, UNCHANGED: 0, REJECTED });

describe('ADMINISTRACIÓN → Importar', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name, input) => {
      const answers: Record<string, unknown> = {
        'imports.mapping': { mapping: null },
        'imports.saveMapping': { mapping: (input as { mapping: unknown }).mapping },
        'imports.check': {
          counts: counts(1, 1),
          rejected: [
            { line: 3, field: 'ruta', reason: 'Ruta (código): la ruta 99-999 no existe o está inactiva; créela en Catálogos' },
          ],
          keys: [{ line: 2, key: '200001', status: 'NEW' }],
        },
        'imports.apply': { counts: counts(1, 0), rejected: [], keys: [{ line: 2, key: '200001', status: 'NEW' }] },
      };
      return ok(answers[name]) as Result<never>;
    });
  });

  it('matches the columns by name, shows the dry run line by line, and imports only the rows it took', async () => {
    renderInSession(<ImportScreen active activation={1} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Tipo de archivo')));
    await choose(PADRON, 'padron.csv');
    expect(await screen.findByText('CSV separado por punto y coma, UTF-8; 10 columnas')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByLabelText('Columna para Código del suscriptor') as HTMLSelectElement).value).toBe('CUENTA'),
    );
    expect((screen.getByLabelText('Columna para Barrio') as HTMLSelectElement).value).toBe('');

    await userEvent.click(screen.getByRole('button', { name: 'Revisar (simulacro)' }));
    const dry = await screen.findByRole('region', { name: 'Resultado del simulacro (no se ha guardado nada)' });
    expect(dry.textContent).toContain('la ruta 99-999 no existe');
    expect(mockedCall).toHaveBeenCalledWith('imports.saveMapping', expect.objectContaining({ kind: 'PADRON' }));
    const checked = mockedCall.mock.calls.find(([name]) => name === 'imports.check')![1] as {
      rows: { line: number; values: Record<string, string> }[];
    };
    expect(checked.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(checked.rows[0]!.values).toMatchObject({ codigo: '200001', ruta: '01-001', titular_documento: '40612001' });

    await userEvent.click(screen.getByRole('button', { name: 'Importar 1 filas' }));
    await waitFor(() =>
      expect(screen.getByText('Importación terminada: 1 nuevos, 0 cambiados, 0 sin cambio, 1 rechazados.')).toBeTruthy(),
    );
    const applied = mockedCall.mock.calls.find(([name]) => name === 'imports.apply')![1] as { rows: { line: number }[] };
    expect(applied.rows.map((r) => r.line)).toEqual([2]);
  });

  it('offers the columns only once it knows the ones chosen last time for this kind of file', async () => {
    const mapping = deferred<Result<never>>();
    const answer = mockedCall.getMockImplementation()!;
    mockedCall.mockImplementation((name, input) => (name === 'imports.mapping' ? mapping.promise : answer(name, input)));
    renderInSession(<ImportScreen active activation={1} />);
    await choose(PADRON, 'padron.csv');
    await screen.findByText('CSV separado por punto y coma, UTF-8; 10 columnas');
    expect(screen.queryByRole('button', { name: 'Revisar (simulacro)' })).toBeNull();
    mapping.resolve(
      ok({
        mapping: {
          codigo: 'CUENTA',
          ruta: 'RUTA',
          direccion: 'DIRECCION',
          uso: 'USO',
          acueducto: 'ACUEDUCTO',
          alcantarillado: 'ALCANTARILLADO',
          aseo: 'ASEO',
          titular_tipo_documento: 'TIPO DOC TITULAR',
          titular_documento: 'CEDULA TITULAR',
          estrato: 'ESTRATO',
        },
      }) as Result<never>,
    );
    expect(((await screen.findByLabelText('Columna para Estrato')) as HTMLSelectElement).value).toBe('ESTRATO');
    expect((screen.getByRole('button', { name: 'Revisar (simulacro)' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('refuses a file that is not a table, and one missing a required column, saying what to do', async () => {
    renderInSession(<ImportScreen active activation={1} />);
    await choose(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'foto.csv');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'foto.csv no es un archivo de texto CSV ni un libro de Excel .xlsx.',
    );

    await choose('CUENTA;NOMBRE\r\n1;2\r\n', 'otro.csv');
    await screen.findByText('CSV separado por punto y coma, UTF-8; 2 columnas');
    await userEvent.click(screen.getByRole('button', { name: 'Revisar (simulacro)' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Elija la columna del archivo para: Ruta (código), Dirección del predio',
    );
    expect(mockedCall).not.toHaveBeenCalledWith('imports.check', expect.anything());
  });
});
