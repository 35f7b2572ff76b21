/** CAJA's screens, loaded when the menu first opens one of them. */
export { CloseScreen } from './CloseScreen';
export { PaymentScreen } from './PaymentScreen';
