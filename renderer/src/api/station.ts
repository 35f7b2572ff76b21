import type { Output } from '.';
import { procedureQuery } from './queries';

export type { StationInfo } from '../../../electron/core/contract/station.contract';
export type PuestoRow = Output<'puestos.list'>['puestos'][number];
export type IssuedCode = Output<'puestos.create'>;
export type FoundServer = Output<'station.discover'>['servers'][number];

/** ADMINISTRACIÓN → Puestos y red: this computer, and the puestos of the office server. */
export const stationQueries = {
  info: () => procedureQuery('station.info', {}),
  puestos: () => procedureQuery('puestos.list', {}),
};
