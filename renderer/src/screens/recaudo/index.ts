/** RECAUDO's screen, loaded when the menu first opens it. */
export { RecaudoScreen } from './RecaudoScreen';
