import type { Output } from '../../../../electron/core/contract';
import { formatDate, formatInstant } from '../../format/format';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification, type Signer } from '../layout/SignatureBlock';
import { SubscriberSection } from '../layout/SubscriberFields';
import { TwoCopies } from '../layout/TwoCopies';
import { userSigner } from '../signers';
import { FieldReportBlank } from './FieldReportBlank';

export type WorkOrder = Output<'fieldWork.order'>;

interface Props {
  order: WorkOrder;
  company: Company;
  reprint: number;
}

const workerSigner = (worker: WorkOrder['fieldWorker']): Signer => ({
  name: worker.name,
  document: worker.documentNumber,
  role: 'Contratista que ejecuta la orden',
});

const meterText = ({ hasMeter, serial, brand }: WorkOrder['subscriber']['meter']) =>
  hasMeter ? ['SÍ', serial && `serie ${serial}`, brand].filter(Boolean).join(' · ') : 'NO';

/**
 * The *orden de trabajo* the field worker takes to the premises (seeds 001 step 33, 002 step 14):
 * the trámite, where to go and what to do, and the report left blank to fill in there. Both the
 * field worker and the user sign both copies; the support copy comes back with the report.
 */
export function WorkOrderDocument({ order, company, reprint }: Props) {
  const { request, subscriber, party, fieldWorker, appointment } = order;
  return (
    <TwoCopies
      company={company}
      type="ORDEN_TRABAJO"
      number={order.number}
      date={order.assignedAt}
      reprint={reprint}
      stamp={order.status === 'ANULADA' ? 'ANULADA' : undefined}
      asesor={workerSigner(fieldWorker)}
      user={userSigner(party)}
      bothSign
    >
      <Section title="Trámite">
        <Fields>
          <Field label="Radicado">{request.filingNumber}</Field>
          <Field label="Radicado el">{formatInstant(request.filedAt)}</Field>
          <Field label="Servicio">{request.service}</Field>
          <Field label="Tipo de trámite">{request.requestType}</Field>
          <Field label="Causal" span={2}>
            {request.cause}
          </Field>
          <Field label="Vence el">{formatDate(request.dueOn)}</Field>
          <Field label="Asignada por">{order.assignedBy.fullName}</Field>
          <Field label="Contratista" span={2}>
            {`${fieldWorker.name} (${fieldWorker.kind})`}
          </Field>
          <Field label="Identificación">{identification('CC', fieldWorker.documentNumber)}</Field>
          <Field label="Celular">{fieldWorker.mobile}</Field>
          {appointment && (
            <Field label="Cita de visita" span={4}>
              {`${formatDate(appointment.visitOn)} · ${appointment.timeWindow}`}
            </Field>
          )}
        </Fields>
      </Section>
      <SubscriberSection subscriber={subscriber}>
        <Field label="Solicitante" span={2}>
          {party.fullName}
        </Field>
        <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
        <Field label="Celular">{party.mobile}</Field>
        <Field label="¿Tiene medidor?" span={3}>
          {meterText(subscriber.meter)}
        </Field>
        <Field label="Estado del servicio">{subscriber.status}</Field>
      </SubscriberSection>
      <Section title="Observación e instrucciones">
        <Fields>
          <Field label="Observación del trámite" span={4}>
            {request.observation}
          </Field>
          <Field label="Instrucciones" span={4}>
            {order.instructions}
          </Field>
        </Fields>
      </Section>
      <FieldReportBlank />
    </TwoCopies>
  );
}
