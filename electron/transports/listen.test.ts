import { describe, expect, it } from 'vitest';
import { NEXT_PORTS, PortBusyError, listenOnPort } from './listen';

/** A start function where the listed ports are taken. */
function ports(busy: number[]) {
  const tried: number[] = [];
  const start = async (port: number) => {
    tried.push(port);
    if (busy.includes(port)) throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    return port;
  };
  return { start, tried };
}

describe('browser mode port', () => {
  it('the default port busy: the next free one, and the console says which', async () => {
    const { start } = ports([5180, 5181]);
    const said: string[] = [];
    expect(await listenOnPort(start, 5180, false, (l) => said.push(l))).toBe(5182);
    expect(said).toEqual(['El puerto 5180 está ocupado (¿otra Ventanilla abierta?); se usa el puerto 5182.']);
  });

  it('an explicit VENTANILLA_PORT that is busy: a clear error, no other port tried', async () => {
    const { start, tried } = ports([6000]);
    await expect(listenOnPort(start, 6000, true, () => undefined)).rejects.toThrow(
      new PortBusyError('El puerto 6000 (VENTANILLA_PORT) está ocupado: cierre el programa que lo usa o elija otro puerto.'),
    );
    expect(tried).toEqual([6000]);
  });

  it('gives up after the next ports, saying so', async () => {
    const { start } = ports(Array.from({ length: NEXT_PORTS + 1 }, (_, i) => 5180 + i));
    await expect(listenOnPort(start, 5180, false, () => undefined)).rejects.toThrow(/Los puertos 5180 a 5200 están ocupados/);
  });

  it('any other failure is not mistaken for a busy port', async () => {
    const start = async () => {
      throw Object.assign(new Error('permiso'), { code: 'EACCES' });
    };
    await expect(listenOnPort(start, 80, false, () => undefined)).rejects.toThrow('permiso');
  });
});
