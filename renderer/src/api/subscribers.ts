import type { Output } from '.';

/** What SUSCRIPTOR shows of a subscriber, and what FACTURA, TRÁMITE and ABONO open with the código. */
export type SubscriberView = Output<'subscribers.view'>;
