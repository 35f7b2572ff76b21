import { describe, expect, it, vi } from 'vitest';
import { type RunCommand, cupsPrint, cupsPrinters, lpArguments, parsePrinters } from './cups';
import { PrinterError } from './engine';

const missing = () => Promise.reject(Object.assign(new Error('spawn lp ENOENT'), { code: 'ENOENT' }));

describe('CUPS', () => {
  it('lists destinations and marks the default one', async () => {
    expect(parsePrinters('HP_LaserJet\nEPSON_TM_T20\n', 'system default destination: EPSON_TM_T20\n')).toEqual([
      { name: 'HP_LaserJet', isDefault: false },
      { name: 'EPSON_TM_T20', isDefault: true },
    ]);
    expect(parsePrinters('', 'no system default destination')).toEqual([]);
    const run: RunCommand = async (_cmd, args) =>
      args[0] === '-e'
        ? { code: 0, stdout: 'Oficina\n', stderr: '' }
        : { code: 0, stdout: 'system default destination: Oficina', stderr: '' };
    expect(await cupsPrinters(run)).toEqual([{ name: 'Oficina', isDefault: true }]);
    expect(await cupsPrinters(missing)).toEqual([]);
  });

  it('sends the PDF to lp on the chosen printer and paper', async () => {
    const run = vi.fn<RunCommand>(async () => ({ code: 0, stdout: 'request id is HP-12 (1 file(s))', stderr: '' }));
    const pdf = Buffer.from('%PDF');
    await cupsPrint(pdf, 'HP', 'OFICIO', 'FACTURA FAC-2026-000001', run);
    expect(run).toHaveBeenCalledWith('lp', ['-d', 'HP', '-t', 'FACTURA FAC-2026-000001', '-o', 'media=Custom.216x330mm'], pdf);
    expect(lpArguments('', 'CARTA', 't')).toEqual(['-t', 't', '-o', 'media=Letter']);
  });

  it('explains in Spanish when there is no CUPS or the printer refuses the job', async () => {
    await expect(cupsPrint(Buffer.from('x'), '', 'CARTA', 't', missing)).rejects.toThrow(
      new PrinterError('No hay impresora disponible en este equipo: no está instalado el sistema de impresión (CUPS).'),
    );
    const refused: RunCommand = async () => ({
      code: 1,
      stdout: '',
      stderr: 'lp: Error - The printer or class does not exist.\n',
    });
    const error = await cupsPrint(Buffer.from('x'), 'HP', 'CARTA', 't', refused).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrinterError);
    expect((error as Error).message).toBe(
      'No hay impresora disponible en este equipo: la impresora «HP» no recibió el trabajo (Error - The printer or class does not exist.).',
    );
  });
});
