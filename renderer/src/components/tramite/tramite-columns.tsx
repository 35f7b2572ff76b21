import { PQR_STATUS_LABEL } from '../../../../electron/core/pqr/states';
import type { Output } from '../../api';
import type { PickColumn } from '../PickTable';
import { formatDate } from '../../format/format';
import { DeadlineChip } from './DeadlineChip';

export type TramiteRow = Output<'pqr.list'>['rows'][number];

const filing: PickColumn<TramiteRow> = { header: 'Radicado', mono: true, cell: (r) => r.filingNumber };
const filed: PickColumn<TramiteRow> = { header: 'Radicado el', cell: (r) => formatDate(r.filedOn) };
const subscriber: PickColumn<TramiteRow> = { header: 'Suscriptor', cell: (r) => `${r.subscriberCode} · ${r.subscriberName}` };
const route: PickColumn<TramiteRow> = { header: 'Ruta', cell: (r) => r.routeCode };
const cause: PickColumn<TramiteRow> = { header: 'Servicio · causal', cell: (r) => `${r.service} · ${r.cause}` };
const status: PickColumn<TramiteRow> = { header: 'Estado', cell: (r) => PQR_STATUS_LABEL[r.status] };
const due: PickColumn<TramiteRow> = {
  header: 'Vence',
  cell: (r) => <DeadlineChip deadline={r} closed={r.status === 'CERRADO'} />,
};

/** The bandeja's columns; the subscriber view leaves out who and where. */
export const BANDEJA_COLUMNS = [filing, filed, subscriber, route, cause, status, due];
export const SUBSCRIBER_TRAMITE_COLUMNS = [filing, filed, cause, status, due];

/** Overdue rows red, due soon amber: the colours of the legal term. */
export const termColour = (r: TramiteRow) => ({ bgcolor: r.overdue ? '#fdecea' : r.dueSoon ? '#fff4e5' : undefined });
