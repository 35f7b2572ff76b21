/** What the office server and its puestos agree on over the office network. */

/** POST `{ code }`: a computer becomes a puesto; the answer is a Result of `{ id, name, key }`. */
export const PAIR_PATH = '/ventanilla/emparejar';
/** POST an envelope or a batch, as the window's bridge, with the puesto's key in PUESTO_KEY_HEADER. */
export const PUESTO_INVOKE_PATH = '/ventanilla/llamar';
export const PUESTO_KEY_HEADER = 'x-ventanilla-puesto';

/** The port the office server listens on unless the admin chooses another. */
export const DEFAULT_SERVER_PORT = 8443;
