import Alert from '@mui/material/Alert';
import { useEffect, useState } from 'react';
import { call } from '../../../api';
import type { Cause, GateResult } from './pqr-draft';

/**
 * Seed 001's payment gate, shown as soon as the subscriber and the causal are known: the
 * system looks for the paid factura itself; the paper receipt is not trusted.
 */
export function GateNotice({ code, cause }: { code: string | null; cause: Cause | undefined }) {
  // The answer is kept with the question it answers: a new código or causal shows nothing stale.
  const [answer, setAnswer] = useState<{ key: string; gate: GateResult | null; error: string | null } | null>(null);
  const key = code && cause?.gateProductCode ? `${code}:${cause.id}` : null;

  useEffect(() => {
    if (!key || !code || !cause) return;
    let current = true;
    void call('pqr.gate', { subscriberCode: code, causeId: cause.id }).then((result) => {
      if (!current) return;
      setAnswer(result.ok ? { key, gate: result.data, error: null } : { key, gate: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [key, code, cause]);

  if (!key || answer?.key !== key) return null;
  if (answer.error) return <Alert severity="error">{answer.error}</Alert>;
  const gate = answer.gate!;
  return (
    <Alert severity={gate.ok ? 'success' : 'warning'} role="status" aria-label="Verificación de pago">
      {gate.ok ? `Pago verificado. ${gate.message}` : gate.message}
    </Alert>
  );
}
