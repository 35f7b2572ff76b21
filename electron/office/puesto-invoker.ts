import { isPrintProcedure } from '../printing/invoker';
import type { Invoke } from '../printing/invoker';
import type { PrintHandler } from '../printing/print-service';

/** A puesto's calls: print.* on this computer's printers (the server prepares the copy), everything else to the server. */
export function puestoInvoker(remote: Invoke, printing: PrintHandler): Invoke {
  return (session, name, input) =>
    isPrintProcedure(name) ? printing.handle(session, name, input) : remote(session, name, input);
}
