import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ModuleName } from '../../../electron/core/auth/modules';
import { MODULE_LABELS } from '../format/labels';
import { useSessionInfo } from './session-context';

/** What a user whose modules have no screen yet (e.g. CAJA) sees after logging in. */
export function Home({ modules }: { modules: readonly ModuleName[] }) {
  const info = useSessionInfo();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', pt: 6 }}>
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 520 }}>
        <Typography variant="h2" component="h1" gutterBottom>
          Bienvenido(a), {info.user.fullName}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Sus módulos: {modules.map((m) => MODULE_LABELS[m]).join(', ') || 'ninguno'}. Elija una opción en el menú de arriba. Las
          opciones marcadas «próximamente» todavía no están disponibles en esta versión.
        </Typography>
      </Paper>
    </Box>
  );
}
