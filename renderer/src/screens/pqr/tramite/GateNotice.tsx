import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { pqrQueries } from '../../../api/pqr';
import type { Cause } from './pqr-draft';

/**
 * Seed 001's payment gate, shown as soon as the subscriber and the causal are known: the
 * system looks for the paid factura itself; the paper receipt is not trusted. Seed 004: a causal
 * that asks for an account al corriente says here what is owed, or the fee to pay.
 */
export function GateNotice({ code, cause }: { code: string | null; cause: Cause | undefined }) {
  const gated = Boolean(code && (cause?.gateProductCode || cause?.requiresAccountCurrent));
  // Each código and causal is its own question: a new one shows nothing of the last answer.
  const { data: gate, error } = useQuery({ ...pqrQueries.gate(code ?? '', cause?.id ?? 0), enabled: gated });

  if (!gated) return null;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!gate) return null;
  return (
    <Alert severity={gate.ok ? 'success' : 'warning'} role="status" aria-label="Verificación de pago">
      {gate.ok ? `Pago verificado. ${gate.message}` : gate.message}
    </Alert>
  );
}
