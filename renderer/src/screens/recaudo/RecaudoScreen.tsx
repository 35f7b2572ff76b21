import Box from '@mui/material/Box';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { couponQueries } from '../../api/coupons';
import type { ScreenProps } from '../../app/menu';
import { Panel } from '../../components/Panel';
import { focusSoon } from '../../components/keyboard';
import type { CouponView } from '../../components/abono/abono-draft';
import { AbonoForm } from '../../components/abono/AbonoForm';
import { CouponIssued } from '../../components/abono/CouponIssued';
import type { SubscriberSummary } from './search-type';
import { SubscriberFinder } from './SubscriberFinder';
import { useFocusAfterRender } from '../../components/use-focus-after-render';

/**
 * RECAUDO → ABONO A FACTURA O FINANCIACIÓN (seed 001 steps 16–22): find the subscriber, choose
 * what to pay, GENERAR → OK, IMPRIMIR the coupon; "Nuevo cupón" starts over.
 */
export function RecaudoScreen({ active, activation }: ScreenProps) {
  const queries = useQueryClient();
  const [opened, setOpened] = useState<{ subscriber: SubscriberSummary; n: number } | null>(null);
  const [coupon, setCoupon] = useState<CouponView | null>(null);
  const [round, setRound] = useState(0);
  const textRef = useRef<HTMLInputElement>(null);
  const focusAfter = useFocusAfterRender();

  useEffect(() => {
    if (active && !coupon) focusSoon(() => textRef.current);
    // The coupon view puts the focus on its own IMPRIMIR.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, activation]);

  /** The debts of the código asked for, read anew while its lookup is under way. */
  function readDebts(code: string) {
    void queries.prefetchQuery({ ...couponQueries.owed(code), staleTime: 0 });
  }

  function startOver() {
    setCoupon(null);
    setOpened(null);
    setRound((n) => n + 1);
    focusAfter(() => textRef.current);
  }

  if (coupon) {
    return (
      <Box sx={{ maxWidth: 1180 }}>
        <Panel title="Cupón de pago generado">
          <CouponIssued coupon={coupon} onNew={startOver} activation={activation} />
        </Panel>
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1180 }}>
      <Panel title="1. Búsqueda de suscriptores" sx={{ overflow: 'visible' }}>
        <SubscriberFinder
          key={round}
          textRef={textRef}
          onSearch={() => setOpened(null)}
          onCode={readDebts}
          onOpen={(subscriber) => setOpened((o) => ({ subscriber, n: (o?.n ?? 0) + 1 }))}
        />
      </Panel>
      {opened && (
        <AbonoForm
          key={`${opened.subscriber.code}-${opened.n}`}
          subscriberCode={opened.subscriber.code}
          onIssued={setCoupon}
          onNothingOwed={() => focusAfter(() => textRef.current)}
        />
      )}
    </Box>
  );
}
