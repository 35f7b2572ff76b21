import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/latin-500.css';
import '@fontsource/roboto/latin-700.css';
import createCache from '@emotion/cache';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { NONCE_META } from '../../electron/shared/bridge';
import { readMeta } from './api/transport';
import { Root } from './app/Root';

// The page's CSP allows only styles carrying this load's nonce: emotion must stamp it. Created
// before React starts, it takes over the login's styles the build rendered into index.html.
const cache = createCache({ key: 'css', nonce: readMeta(NONCE_META) });

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <Root cache={cache} />
  </StrictMode>
);
// index.html already shows the login (rendered at build time): React takes it over as it is.
if (container.firstElementChild) hydrateRoot(container, app);
else createRoot(container).render(app);
