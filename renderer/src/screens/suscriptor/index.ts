/** SUSCRIPTOR's screens, loaded when the menu first opens one of them. */
export { InvoiceScreen } from './factura/InvoiceScreen';
export { PadronScreen } from './padron/PadronScreen';
export { PartiesScreen } from './PartiesScreen';
export { SubscriberScreen } from './SubscriberScreen';
