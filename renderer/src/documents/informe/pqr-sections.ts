import type { DailyReport } from '../../../../electron/core/contract/reports.contract';
import { PQR_STATUS_LABEL } from '../../../../electron/core/pqr/states';
import { formatDate } from '../../format/format';
import { count, sumOf, text, type Section } from './section';

type DuePqr = DailyReport['pqr']['overdue'][number];

function dueSection(
  id: 'pqrOverdue' | 'pqrDueSoon',
  title: string,
  rows: readonly DuePqr[],
  total: number,
  empty: string,
): Section {
  const shown = rows.length < total ? ` (los primeros ${rows.length} de ${total})` : '';
  return {
    id,
    title: `${title}${shown}`,
    sheet: title,
    columns: [
      text('Radicado'),
      text('Código'),
      text('Causal'),
      text('Estado'),
      text('Vence'),
      count('Días hábiles'),
      text('Alerta'),
    ],
    rows: rows.map((r) => [
      r.filingNumber,
      r.subscriberCode,
      r.cause,
      PQR_STATUS_LABEL[r.status],
      formatDate(r.dueOn),
      r.daysLeft,
      r.silence ? 'Silencio administrativo positivo' : '',
    ]),
    total: null,
    empty,
  };
}

/** The PQR page (SPEC §7): radicated by type, causal and asesor; open by state; terms; field work. */
export function pqrSections(pqr: DailyReport['pqr']): Section[] {
  const { totals } = pqr;
  return [
    {
      id: 'pqrSummary',
      title: 'Trámites PQR',
      sheet: 'Trámites PQR',
      columns: [text('Concepto'), count('Trámites')],
      rows: [
        ['Radicados en el día', totals.radicated],
        ['Abiertos', totals.open],
        ['Vencidos', totals.overdue],
        ['Por vencer (próximos días hábiles)', totals.dueSoon],
      ],
      total: null,
      empty: '',
    },
    {
      id: 'pqrRadicated',
      title: 'Trámites radicados por tipo, causal y asesor',
      sheet: 'Radicados',
      columns: [text('Tipo de trámite'), text('Servicio'), text('Causal'), text('Asesor'), count('Trámites')],
      rows: pqr.radicated.map((r) => [r.requestType, r.service, r.cause, r.asesor, r.requests]),
      total: ['Total radicados', '', '', '', totals.radicated],
      empty: 'No se radicaron trámites este día.',
    },
    {
      id: 'pqrOpen',
      title: 'Trámites abiertos por estado',
      sheet: 'Abiertos por estado',
      columns: [text('Estado'), count('Trámites')],
      rows: pqr.openByStatus.map((r) => [PQR_STATUS_LABEL[r.status], r.requests]),
      total: ['Total abiertos', totals.open],
      empty: 'No hay trámites abiertos.',
    },
    dueSection('pqrOverdue', 'Trámites vencidos', pqr.overdue, totals.overdue, 'Ningún trámite vencido.'),
    dueSection(
      'pqrDueSoon',
      'Trámites por vencer',
      pqr.dueSoon,
      totals.dueSoon,
      'Ningún trámite vence en los próximos días hábiles.',
    ),
    {
      id: 'pqrVisits',
      title: `Visitas del ${formatDate(pqr.visitsOn)} por contratista`,
      sheet: 'Visitas del día siguiente',
      columns: [text('Contratista'), count('Visitas')],
      rows: pqr.visits.map((v) => [v.fieldWorker, v.visits]),
      total: ['Total visitas', sumOf(pqr.visits, (v) => v.visits)],
      empty: 'No hay visitas agendadas para ese día.',
    },
    {
      id: 'pqrWorkOrders',
      title: 'Órdenes de trabajo pendientes por contratista',
      sheet: 'Órdenes pendientes',
      columns: [text('Contratista'), count('Órdenes abiertas'), { header: 'La más antigua', kind: 'instant' }],
      rows: pqr.workOrders.map((w) => [w.fieldWorker, w.workOrders, w.oldest]),
      total: ['Total', sumOf(pqr.workOrders, (w) => w.workOrders), ''],
      empty: 'No hay órdenes de trabajo pendientes.',
    },
  ];
}
