import { procedureQuery } from './queries';

/** REPORTES' reads: the informe diario and the tablero of a date, the SUI Formato A of a month. */
export const reportQueries = {
  daily: (date: string) => procedureQuery('reports.daily', { date }),
  dashboard: (date: string) => procedureQuery('reports.dashboard', { date }),
  sui: (month: string) => procedureQuery('reports.sui', { month }),
};
