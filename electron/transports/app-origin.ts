/**
 * The desktop window loads the renderer from `app://ventanilla/`, a privileged scheme served
 * from disk, never from file:// (every local file would share its origin) nor from http.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ventanilla';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

/**
 * Whether a URL belongs to our renderer. Compared by scheme and host because WHATWG URL gives
 * custom schemes an opaque origin ("null"), so comparing `.origin` would trust nothing — or,
 * worse, everything that is also "null".
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
