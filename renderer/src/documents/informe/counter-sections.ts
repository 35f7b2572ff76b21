import type { DailyReport } from '../../../../electron/core/contract/reports.contract';
import { PQR_STATUS_LABEL } from '../../../../electron/core/pqr/states';
import { formatDate } from '../../format/format';
import { count, text, type Section } from './section';

type Counter = DailyReport['counterRequests'];

/** "(los primeros 300 de 412)" when a list was cut short; nothing otherwise. */
const shownOf = (rows: number, total: number) => (rows < total ? ` (los primeros ${rows} de ${total})` : '');

/**
 * The page of counter trámites (seed 004): received by trámite, cancelaciones de toma waiting
 * for the director, inspecciones de medidor due or overdue, certificados de no adeudo issued.
 */
export function counterSections(counter: Counter): Section[] {
  const { totals } = counter;
  return [
    {
      id: 'counterReceived',
      title: 'Trámites de ventanilla recibidos',
      sheet: 'Ventanilla recibidos',
      columns: [text('Trámite'), count('Recibidos')],
      // An estado de cuenta is counted by the statements issued: it is not radicated as a trámite.
      rows: counter.received.map((r) => [r.procedure, r.received]),
      total: ['Total recibidos', totals.received],
      empty: 'No se recibieron trámites de ventanilla este día.',
    },
    {
      id: 'counterApprovals',
      title: `Cancelaciones de toma por aprobar${shownOf(counter.pendingApprovals.length, totals.pendingApprovals)}`,
      sheet: 'Cancelaciones por aprobar',
      columns: [text('Radicado'), text('Código'), text('Suscriptor'), text('Radicado el'), text('Estado'), text('Asesor')],
      rows: counter.pendingApprovals.map((r) => [
        r.filingNumber,
        r.subscriberCode,
        r.subscriber,
        formatDate(r.filedOn),
        PQR_STATUS_LABEL[r.status],
        r.asesor,
      ]),
      total: null,
      empty: 'Ninguna cancelación de toma espera aprobación.',
    },
    {
      id: 'counterInspections',
      title: `Inspecciones de medidor vencidas o por vencer${shownOf(counter.inspections.length, totals.inspections)}`,
      sheet: 'Inspecciones por vencer',
      columns: [text('Radicado'), text('Código'), text('Suscriptor'), text('Estado'), text('Vence'), count('Días hábiles')],
      rows: counter.inspections.map((r) => [
        r.filingNumber,
        r.subscriberCode,
        r.subscriber,
        PQR_STATUS_LABEL[r.status],
        formatDate(r.dueOn),
        r.daysLeft,
      ]),
      total: null,
      empty: 'Ninguna inspección de medidor vencida ni por vencer.',
    },
    {
      id: 'counterCertificates',
      title: 'Certificados de no adeudo expedidos',
      sheet: 'Certificados de no adeudo',
      columns: [text('Certificado'), text('Código'), text('Suscriptor'), text('Vigente hasta'), text('Asesor')],
      rows: counter.certificates.map((c) => [c.number, c.subscriberCode, c.subscriber, formatDate(c.validUntil), c.asesor]),
      total: null,
      empty: 'No se expidieron certificados de no adeudo este día.',
    },
  ];
}
