import type { Output } from '../../../../electron/core/contract';
import { routeSheetNumber } from '../../../../electron/core/contract/print.contract';
import { formatLongDate } from '../../format/format';
import { ROLE_LABELS } from '../../format/labels';
import type { Role } from '../../../../db/schema/enums';
import { Field, Fields, Section } from '../layout/blocks';
import { DocumentSheet, type Company } from '../layout/DocumentSheet';
import { SignatureBlock } from '../layout/SignatureBlock';

export type RouteDay = Output<'agenda.day'>;
type Group = RouteDay['groups'][number];

export const UNASSIGNED = 'Sin asignar';

interface Props {
  day: RouteDay;
  company: Company;
  reprint: number;
  /** Who hands the sheets out (the coordinator who printed them). */
  printedBy: { fullName: string; documentNumber: string; role: Role };
}

/** Room to write by hand: arrival time, the user's signature, what was found. */
const HAND = { height: '13mm' } as const;

function VisitsTable({ group }: { group: Group }) {
  return (
    <table className="doc-table" aria-label={`Visitas de ${group.fieldWorker?.name ?? UNASSIGNED}`}>
      <thead>
        <tr>
          <th className="doc-center">#</th>
          <th>Ruta</th>
          <th>Franja</th>
          <th>Código</th>
          <th>Suscriptor · dirección · barrio</th>
          <th>Celular</th>
          <th>Radicado · causal</th>
          <th>Hora llegada</th>
          <th style={{ width: '26mm' }}>Firma del usuario</th>
          <th style={{ width: '36mm' }}>Observaciones</th>
        </tr>
      </thead>
      <tbody>
        {group.visits.map((v, i) => (
          <tr key={v.appointmentId}>
            <td className="doc-center" style={HAND}>
              {i + 1}
            </td>
            <td className="doc-nowrap">{v.routeCode}</td>
            <td className="doc-nowrap">{v.timeWindow}</td>
            <td>{v.subscriberCode}</td>
            <td>
              {v.name}
              <br />
              {v.address}
              {v.neighborhood && ` · ${v.neighborhood}`}
            </td>
            <td className="doc-nowrap">{v.mobile}</td>
            <td>
              <span className="doc-nowrap">{v.filingNumber}</span>
              <br />
              {v.cause}
              {v.workOrderNumber && (
                <>
                  <br />
                  OT {v.workOrderNumber}
                </>
              )}
            </td>
            <td />
            <td />
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * HOJA DE RUTA: one page per field worker (then the visits not yet assigned), the day's visits
 * in route order with room for the arrival time, the user's signature and observations. A
 * report the office keeps, so one copy; the worker signs on receiving it.
 */
export function RouteSheet({ day, company, reprint, printedBy }: Props) {
  const groups: Group[] = day.groups.length > 0 ? day.groups : [{ fieldWorker: null, visits: [] }];
  return (
    <div className="doc">
      {groups.map((group) => {
        const worker = group.fieldWorker;
        const who = worker?.name ?? UNASSIGNED;
        return (
          <DocumentSheet
            key={worker?.id ?? 'none'}
            company={company}
            type="HOJA_RUTA"
            number={routeSheetNumber(day.date)}
            date={day.date}
            reprint={reprint}
            copyLabel={`HOJA DE RUTA — ${who.toUpperCase()}`}
            signatures={
              <>
                <SignatureBlock
                  name={printedBy.fullName}
                  document={printedBy.documentNumber}
                  role={`${ROLE_LABELS[printedBy.role]} — entrega`}
                />
                <SignatureBlock name={worker?.name ?? ''} document={worker?.documentNumber ?? ''} role="Contratista — recibe" />
              </>
            }
          >
            <Section title="Recorrido">
              <Fields>
                <Field label="Día de las visitas" span={2}>
                  {formatLongDate(day.date)}
                </Field>
                <Field label="Visitas">{String(group.visits.length)}</Field>
                <Field label="Celular del contratista">{worker?.mobile ?? ''}</Field>
                <Field label="Contratista" span={4}>
                  {worker
                    ? `${worker.name} · C.C. ${worker.documentNumber}`
                    : 'Sin asignar: el coordinador de PQR asigna estas visitas'}
                </Field>
              </Fields>
            </Section>
            <Section title="Visitas, en orden de ruta" breakable>
              {group.visits.length > 0 ? (
                <VisitsTable group={group} />
              ) : (
                <p className="doc-note">No hay visitas agendadas este día.</p>
              )}
            </Section>
          </DocumentSheet>
        );
      })}
    </div>
  );
}
