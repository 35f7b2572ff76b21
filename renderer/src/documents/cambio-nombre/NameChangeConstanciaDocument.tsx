import type { NameChangeConstanciaView } from '../../../../electron/core/contract/name-change.contract';
import type { PartyRow } from '../../../../electron/core/contract/parties.contract';
import { formatDate, formatLongDate } from '../../format/format';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { SubscriberSection } from '../layout/SubscriberFields';
import { TwoCopies } from '../layout/TwoCopies';
import { asesorSigner, userSigner } from '../signers';

interface Props {
  constancia: NameChangeConstanciaView;
  company: Company;
  reprint: number;
}

function OwnerFields({ party }: { party: PartyRow }) {
  return (
    <Fields>
      <Field label="Nombre" span={2}>
        {party.fullName}
      </Field>
      <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
    </Fields>
  );
}

/**
 * Constancia de cambio de nombre (seed 004 steps 6-7): the padrón now names the new titular. The
 * user takes the ORIGINAL signed by the asesor; the COPIA — SOPORTE stays with the office signed
 * by the new titular as received. Numbered by the trámite's radicado.
 */
export function NameChangeConstanciaDocument({ constancia: c, company, reprint }: Props) {
  const { subscriber, previousOwner, newOwner } = c;
  return (
    <TwoCopies
      company={company}
      type="CONSTANCIA_CAMBIO_NOMBRE"
      number={c.filingNumber}
      date={c.filedAt}
      reprint={reprint}
      asesor={asesorSigner(c.asesor)}
      user={{ ...userSigner(newOwner), role: 'Recibí la constancia (nuevo titular)' }}
    >
      <Section title="Constancia">
        <p>
          {company.name} hace constar que desde el {formatLongDate(c.effectiveOn)} la cuenta <strong>{subscriber.code}</strong>,
          predio ubicado en {subscriber.address}, figura en el padrón de usuarios a nombre de <strong>{newOwner.fullName}</strong>
          , quien sustituye como titular a {previousOwner.fullName}, con la documentación presentada y el pago del trámite
          verificado.
        </p>
      </Section>
      <Section title="Trámite">
        <Fields>
          <Field label="Radicado">{c.filingNumber}</Field>
          <Field label="Fecha del cambio">{formatDate(c.effectiveOn)}</Field>
          {c.invoiceNumber && <Field label="Pago verificado">{`Factura ${c.invoiceNumber} PAGADA`}</Field>}
        </Fields>
      </Section>
      <SubscriberSection subscriber={subscriber} />
      <Section title="Titular anterior">
        <OwnerFields party={previousOwner} />
      </Section>
      <Section title="Nuevo titular">
        <OwnerFields party={newOwner} />
      </Section>
      <Section title="Documentos presentados">
        <ul>
          {c.documents.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </Section>
    </TwoCopies>
  );
}
