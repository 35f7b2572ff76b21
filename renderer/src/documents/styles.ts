// The stylesheet on the app page (preview and the off-screen copy being collected)…
import './documents.css';
// …and its text, sent with the HTML: the print window has no access to the app's styles.
export { default as documentsCss } from './documents.css?raw';
