import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/latin-500.css';
import '@fontsource/roboto/latin-700.css';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NONCE_META } from '../../electron/shared/bridge';
import { readMeta } from './api/transport';
import { App } from './app/App';
import { SessionProvider } from './app/SessionProvider';
import { theme } from './theme/theme';

// The page's CSP allows only styles carrying this load's nonce: emotion must stamp it.
const cache = createCache({ key: 'css', nonce: readMeta(NONCE_META) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={cache}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <SessionProvider>
          <App />
        </SessionProvider>
      </ThemeProvider>
    </CacheProvider>
  </StrictMode>,
);
