/** How many ports after the default one are tried when it is busy. */
export const NEXT_PORTS = 20;

/** No port could be had: the message says what to do. */
export class PortBusyError extends Error {
  override readonly name = 'PortBusyError';
}

const isAddressInUse = (error: unknown) => error instanceof Error && (error as NodeJS.ErrnoException).code === 'EADDRINUSE';

/**
 * An explicit VENTANILLA_PORT that is busy is an error the user must fix; the default port
 * busy (another Ventanilla open?) moves to the next free one, and `say` tells which.
 */
export async function listenOnPort<T>(
  start: (port: number) => Promise<T>,
  port: number,
  portFromEnv: boolean,
  say: (line: string) => void,
): Promise<T> {
  const candidates = portFromEnv || port === 0 ? [port] : Array.from({ length: NEXT_PORTS + 1 }, (_, i) => port + i);
  for (const candidate of candidates) {
    try {
      const server = await start(candidate);
      if (candidate !== port) say(`El puerto ${port} está ocupado (¿otra Ventanilla abierta?); se usa el puerto ${candidate}.`);
      return server;
    } catch (error) {
      if (!isAddressInUse(error)) throw error;
    }
  }
  throw new PortBusyError(
    portFromEnv
      ? `El puerto ${port} (VENTANILLA_PORT) está ocupado: cierre el programa que lo usa o elija otro puerto.`
      : `Los puertos ${port} a ${port + NEXT_PORTS} están ocupados: cierre otras Ventanillas abiertas o elija un puerto con VENTANILLA_PORT.`,
  );
}
