import type { BenchOffice } from './office';
import { report, time } from './stats';

/** SUSCRIPTOR → FACTURA GUARDAR through dispatch: numbering, prices, ledger, audit, one FULL-sync commit each. */
export function benchInvoices(office: BenchOffice, subscribers: number): void {
  const { core } = office;
  const session = office.login('asesor', 'Asesor2026');
  const products = (
    core.sqlite.prepare("SELECT id FROM products WHERE code IN ('COR', 'REC', 'RAC') ORDER BY id").all() as { id: number }[]
  ).map((p) => p.id);
  const owner = core.sqlite.prepare('SELECT owner_party_id AS party FROM subscribers WHERE code = ?');
  const inputs = Array.from({ length: 2_000 }, (_, i) => {
    const code = String(100001 + ((i * 7_919) % subscribers));
    return {
      requestKey: `bench-factura-${i}`,
      paymentForm: 'CONTADO' as const,
      subscriberCode: code,
      partyId: (owner.get(code) as { party: number }).party,
      lines: products.map((productId) => ({ productId, quantity: 1 })),
      observation: `Código ${code}, reconexión del servicio`,
    };
  });
  const timing = time(
    inputs,
    (input) => {
      const result = core.dispatch(session, 'invoices.create', input);
      if (!result.ok) throw new Error(result.error.message);
    },
    100,
  );
  console.log('\nSUSCRIPTOR → FACTURA: GUARDAR');
  report('invoices.create (3 products, synchronous=FULL)', timing, 'p95 < 5 ms');
}
