import { esES } from '@mui/material/locale';
import { createTheme } from '@mui/material/styles';

/**
 * A sober back-office look: deep blue with teal accents, compact controls so a whole
 * subscriber fits a 1366×768 counter screen, and a focus ring that is always visible
 * because the counter works mostly with the keyboard.
 */
const focusRing = { outline: '2px solid #f9a825', outlineOffset: 2 };

export const theme = createTheme(
  {
    palette: {
      primary: { main: '#0d4a6b', light: '#3d7396', dark: '#06324a' },
      secondary: { main: '#00897b' },
      background: { default: '#eef2f5', paper: '#ffffff' },
      text: { primary: '#1d2a33', secondary: '#4d5f6b' },
    },
    shape: { borderRadius: 4 },
    spacing: 6,
    typography: {
      fontFamily: 'Roboto, "Segoe UI", Arial, sans-serif',
      fontSize: 13,
      h1: { fontSize: '1.5rem', fontWeight: 500 },
      h2: { fontSize: '1.2rem', fontWeight: 500 },
      h3: { fontSize: '1.05rem', fontWeight: 500 },
      subtitle2: { fontWeight: 700, letterSpacing: 0.3 },
      button: { fontWeight: 600 },
    },
    components: {
      MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
      MuiFormControl: { defaultProps: { size: 'small' } },
      MuiButton: {
        defaultProps: { size: 'small', disableElevation: true },
        styleOverrides: { root: { '&.Mui-focusVisible': focusRing } },
      },
      MuiIconButton: { styleOverrides: { root: { '&.Mui-focusVisible': focusRing } } },
      MuiCheckbox: { defaultProps: { size: 'small' }, styleOverrides: { root: { '&.Mui-focusVisible': focusRing } } },
      MuiTab: { styleOverrides: { root: { '&.Mui-focusVisible': { ...focusRing, outlineOffset: -2 } } } },
      MuiTable: { defaultProps: { size: 'small' } },
      MuiTableCell: {
        styleOverrides: {
          root: { paddingTop: 3, paddingBottom: 3, fontSize: '0.8rem' },
          head: { fontWeight: 700, backgroundColor: '#e3ebf0', color: '#1d2a33' },
        },
      },
      MuiChip: { defaultProps: { size: 'small' } },
      MuiMenuItem: { defaultProps: { dense: true } },
      MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': focusRing } } },
    },
  },
  esES,
);
