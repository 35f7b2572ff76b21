import { useEffect, useState } from 'react';
import { call } from '../../../api';
import { PrintButton, WorkOrderDocument, type WorkOrder } from '../../../documents';
import type { CompanyProfile } from '../../suscriptor/factura/use-company';

interface Props {
  number: string;
  company: CompanyProfile | null;
  /** The order as just saved; read from the core otherwise. */
  order?: WorkOrder;
  label?: string;
}

/** IMPRIMIR ORDEN: the work order for the field worker, two copies in one job. */
export function WorkOrderPrintButton({ number, company, order, label = 'IMPRIMIR ORDEN' }: Props) {
  const [loaded, setLoaded] = useState<WorkOrder | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = order ?? (loaded?.number === number ? loaded : null);

  useEffect(() => {
    if (order) return;
    let current = true;
    void call('fieldWork.order', { number }).then((result) => {
      if (!current) return;
      if (result.ok) setLoaded(result.data);
      else setError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [number, order]);

  return (
    <PrintButton
      type="ORDEN_TRABAJO"
      number={number}
      label={error ? `${label} (no disponible)` : label}
      disabled={company === null || shown === null}
      render={(reprint) => company && shown && <WorkOrderDocument order={shown} company={company} reprint={reprint} />}
    />
  );
}
