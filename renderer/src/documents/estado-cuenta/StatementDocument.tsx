import { formatInstant } from '../../format/format';
import { STATEMENT_MOVEMENTS } from '../../../../electron/core/contract/statements.contract';
import type { Output } from '../../../../electron/core/contract';
import { STATUS_LABELS } from '../../format/labels';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { SubscriberPlaceFields } from '../layout/SubscriberFields';
import { TwoCopies } from '../layout/TwoCopies';
import { moneyOf } from '../money';
import { asesorSigner, userSigner } from '../signers';
import { StatementMovements, StatementOwed } from './StatementTables';

export type Statement = Output<'statements.get'>;

/** The core sends at most STATEMENT_MOVEMENTS, the newest: say so when the list may be cut. */
const movementsTitle = (count: number) =>
  count >= STATEMENT_MOVEMENTS ? `Últimos ${count} movimientos de la cuenta` : 'Movimientos de la cuenta';

interface Props {
  statement: Statement;
  company: Company;
  reprint: number;
}

/**
 * Estado de cuenta (seed 004): balance, what is overdue, every open debt and the latest
 * movements, for the titular or the holder of a recorded carta poder. The asesor signs the
 * user's copy; the solicitante signs the support the office keeps.
 */
export function StatementDocument({ statement, company, reprint }: Props) {
  const { subscriber, party } = statement;
  const money = moneyOf(company);
  return (
    <TwoCopies
      company={company}
      type="ESTADO_CUENTA"
      number={statement.number}
      date={statement.issuedAt}
      reprint={reprint}
      asesor={asesorSigner(statement.asesor)}
      user={{ ...userSigner(party), role: 'Solicitante (recibí)' }}
    >
      <Section title="Suscriptor">
        <Fields>
          <Field label="Código">{subscriber.code}</Field>
          <Field label="Titular" span={2}>
            {subscriber.ownerName}
          </Field>
          <Field label="Estado del servicio">{STATUS_LABELS[subscriber.status]}</Field>
          <SubscriberPlaceFields subscriber={subscriber} />
        </Fields>
      </Section>
      <Section title="Solicitante">
        <Fields>
          <Field label="Nombre" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
          <Field label="Calidad">{statement.capacity === 'TITULAR' ? 'Titular' : 'Con carta poder'}</Field>
          {statement.capacity === 'CARTA_PODER' && (
            <Field label="Carta poder presentada" span={4}>
              {statement.powerNote}
            </Field>
          )}
        </Fields>
      </Section>
      <Section title="Resumen de la cuenta">
        <Fields>
          <Field label="Saldo a la fecha">
            <strong className="doc-statement-figure">{money(statement.balance)}</strong>
          </Field>
          <Field label="Valor vencido">
            <strong className="doc-statement-figure">{money(statement.overdue)}</strong>
          </Field>
          <Field label="Deudas pendientes">{statement.owed.length}</Field>
          <Field label="Expedido">{formatInstant(statement.issuedAt)}</Field>
        </Fields>
      </Section>
      <Section title="Deudas pendientes" breakable>
        <StatementOwed owed={statement.owed} money={money} />
      </Section>
      <Section title={movementsTitle(statement.movements.length)} breakable>
        <StatementMovements movements={statement.movements} money={money} />
      </Section>
      <Section title="Para pagar">
        <p className="doc-small">
          Para pagar todo o parte de lo adeudado, solicite en RECAUDO el cupón de pago y preséntelo en la caja de la oficina
          comercial. Los abonos se aplican primero a la deuda más antigua. Este estado de cuenta refleja los movimientos
          registrados hasta la fecha y hora de su expedición.
        </p>
      </Section>
    </TwoCopies>
  );
}
