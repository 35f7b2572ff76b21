import { OVERDUE_INSTALLMENTS_FOR_BREACH } from '../../../../electron/core/agreements/agreement-status';
import { formatLongDate, officeDateOf } from '../../format/format';
import type { Company } from '../layout/DocumentSheet';
import type { Money } from '../money';
import { countInWords, formatRate } from '../text';
import type { Agreement } from './AgreementDocument';

interface Props {
  agreement: Agreement;
  subscriberCode: string;
  company: Company;
  money: Money;
}

/** What the user accepts by signing. The breach rule is the core's, quoted from its constant. */
export function AgreementClauses({ agreement, subscriberCode, company, money }: Props) {
  const count = agreement.installments.length;
  const concept = agreement.invoiceNumber
    ? `la factura ${agreement.invoiceNumber}`
    : `los servicios y cargos registrados en la cuenta del suscriptor ${subscriberCode}`;
  const signedOn = formatLongDate(officeDateOf(agreement.createdAt));
  return (
    <ol className="doc-clauses">
      <li>
        <strong>Primera. Objeto.</strong> EL USUARIO reconoce que debe a {company.name} la suma de {money(agreement.debt)} por{' '}
        {concept}, y se obliga a pagarla en los términos de este acuerdo.
      </li>
      <li>
        <strong>Segunda. Cuota inicial y financiación.</strong>{' '}
        {agreement.downPayment > 0
          ? `EL USUARIO paga una cuota inicial de ${money(agreement.downPayment)} en la caja de la oficina comercial. `
          : 'El acuerdo no tiene cuota inicial. '}
        El saldo de {money(agreement.financed)} se paga en {countInWords(count)}{' '}
        {count === 1 ? 'cuota mensual' : 'cuotas mensuales'} con un interés de financiación del{' '}
        {formatRate(agreement.monthlyRateBp)} mensual sobre el saldo, según el plan de pagos.
      </li>
      <li>
        <strong>Tercera. Pago de las cuotas.</strong> Cada cuota se carga a la cuenta del suscriptor con la fecha de vencimiento
        del plan de pagos y se paga en la caja de la oficina comercial.
      </li>
      <li>
        <strong>Cuarta. Incumplimiento.</strong> Si EL USUARIO deja vencer sin pagar{' '}
        {countInWords(OVERDUE_INSTALLMENTS_FOR_BREACH)} cuotas, el acuerdo queda INCUMPLIDO: la empresa podrá exigir el pago total
        del saldo y suspender el servicio, conforme al contrato de condiciones uniformes y a la Ley 142 de 1994.
      </li>
      <li>
        <strong>Quinta. Facturas periódicas.</strong> Este acuerdo no exime a EL USUARIO del pago oportuno de las facturas de los
        servicios que se causen mientras esté vigente.
      </li>
      <li>
        <strong>Sexta. Aceptación.</strong> Las partes firman en dos ejemplares del mismo tenor
        {company.city ? `, en ${company.city},` : ''} el {signedOn}.
      </li>
    </ol>
  );
}
