import type { EmotionCache } from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from '../theme/theme';
import { App } from './App';
import { SessionProvider } from './SessionProvider';

/**
 * The whole application under its style cache and theme: what the window shows, and what the
 * build renders ahead into index.html (the login, before any script has run).
 */
export function Root({ cache }: { cache: EmotionCache }) {
  return (
    <CacheProvider value={cache}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <SessionProvider>
          <App />
        </SessionProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}
