import type { Output } from '../../../../electron/core/contract';
import { formatDate, formatInstant } from '../../format/format';
import { APPLICANT_LABELS } from '../../format/labels';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { SubscriberSection } from '../layout/SubscriberFields';
import { TwoCopies } from '../layout/TwoCopies';
import { asesorSigner, userSigner } from '../signers';

export type PqrRequest = Output<'pqr.get'>;

interface Props {
  request: PqrRequest;
  company: Company;
  reprint: number;
}

/**
 * The *solicitud de trámite con radicado* (seeds 001 step 31, 002 step 12): the user keeps the
 * original signed by the asesor; the support copy, signed by the user, goes to the supervisor
 * or the coordinator with the radicado.
 */
export function SolicitudTramiteDocument({ request, company, reprint }: Props) {
  const { subscriber, party, cause, deadline, appointment, gate } = request;
  return (
    <TwoCopies
      company={company}
      type="SOLICITUD_TRAMITE"
      number={request.filingNumber}
      date={request.filedAt}
      reprint={reprint}
      asesor={asesorSigner(request.asesor)}
      user={userSigner(party)}
    >
      <Section title="Radicación">
        <Fields>
          <Field label="Radicado">{request.filingNumber}</Field>
          <Field label="Fecha de radicación">{formatDate(request.filedOn)}</Field>
          <Field label="Zona">{request.zone}</Field>
          <Field label="Medio">{request.channel}</Field>
          <Field label="Servicio">{request.service}</Field>
          <Field label="Tipo de trámite">{request.requestType}</Field>
          <Field label="Causal" span={2}>
            {cause.name}
          </Field>
        </Fields>
      </Section>
      <SubscriberSection subscriber={subscriber} />
      <Section title={`Solicitante (${APPLICANT_LABELS[request.applicantKind].toLowerCase()})`}>
        <Fields>
          <Field label="Nombre" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
          <Field label="Celular">{party.mobile}</Field>
          <Field label="Dirección" span={2}>
            {party.address}
          </Field>
          <Field label="Correo" span={2}>
            {party.email ? `${party.email}${party.emailConsent ? ' (autoriza notificación electrónica)' : ''}` : ''}
          </Field>
        </Fields>
      </Section>
      <Section title="Solicitud">
        <p className="doc-note">{request.observation}</p>
        <Fields>
          <Field label="¿Tiene medidor?">{subscriber.hasMeter ? 'SÍ' : 'NO'}</Field>
          {gate.invoiceNumber && <Field label="Pago verificado">{`Factura ${gate.invoiceNumber}`}</Field>}
          {appointment && (
            <Field label="Visita programada" span={2}>
              {`${formatDate(appointment.visitOn)} · ${appointment.timeWindow}`}
            </Field>
          )}
        </Fields>
      </Section>
      {request.requirements.length > 0 && (
        <Section title="Documentos presentados">
          <table className="doc-table" aria-label="Documentos presentados">
            <thead>
              <tr>
                <th>Documento</th>
                <th className="doc-center">Requerido</th>
                <th className="doc-center">Presentado</th>
              </tr>
            </thead>
            <tbody>
              {request.requirements.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td className="doc-center">{r.required ? 'SÍ' : 'NO'}</td>
                  <td className="doc-center">{r.presented ? 'SÍ' : 'NO'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      <Section title="Término de respuesta">
        {deadline.dueAt !== null ? (
          <p>
            Su solicitud se atenderá a más tardar el <strong>{formatInstant(deadline.dueAt)}</strong>: {cause.termHours} horas
            contadas desde la radicación con el pago verificado. Consulte su trámite con el número de radicado{' '}
            <strong>{request.filingNumber}</strong>.
          </p>
        ) : (
          <p>
            Su solicitud se responderá a más tardar el <strong>{formatDate(deadline.dueOn)}</strong>: {deadline.termDays} días
            hábiles contados a partir del día hábil siguiente a la radicación (Ley 142 de 1994, art. 158). Consulte su trámite con
            el número de radicado <strong>{request.filingNumber}</strong>.
          </p>
        )}
      </Section>
    </TwoCopies>
  );
}
