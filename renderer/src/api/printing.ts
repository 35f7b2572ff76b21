import { procedureQuery } from './queries';

/** This workstation's printers and paper, and the printers the computer has. */
export const printingQueries = {
  config: () => procedureQuery('printing.config', {}),
  printers: () => procedureQuery('print.printers', {}),
};
