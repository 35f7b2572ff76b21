import createCache from '@emotion/cache';
import { renderToString } from 'react-dom/server';
import { NONCE_PLACEHOLDER } from '../../electron/shared/bridge';
import { Root } from './app/Root';

/**
 * The first screen as HTML, for the build to put into index.html: the login is on screen (and
 * takes keys) as soon as the page is parsed, before the application's script has run. Its
 * styles go inline, stamped with the nonce placeholder that each load replaces (CSP).
 */
export function renderFirstScreen(): string {
  const cache = createCache({ key: 'css', nonce: NONCE_PLACEHOLDER });
  return renderToString(<Root cache={cache} />);
}
