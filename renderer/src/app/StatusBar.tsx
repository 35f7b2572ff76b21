import ComputerIcon from '@mui/icons-material/Computer';
import EventIcon from '@mui/icons-material/Event';
import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/Person';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { formatLongDate } from '../format/format';
import { ROLE_LABELS } from '../format/labels';
import { ChangePasswordForm } from '../screens/login/ChangePasswordForm';
import { useSession, useSessionInfo } from './session-context';

function Item({ icon, children, label }: { icon: ReactNode; children: ReactNode; label: string }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }} aria-label={label}>
      {icon}
      <Typography variant="body2" component="span">
        {children}
      </Typography>
    </Box>
  );
}

/** Who is working, where and which office day: printed documents carry the same data. */
export function StatusBar() {
  const info = useSessionInfo();
  const { refresh, logout } = useSession();
  const [changing, setChanging] = useState(false);
  const small = { fontSize: 16, color: 'text.secondary' };

  return (
    <Box
      component="footer"
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 2.5,
        px: 1.5,
        py: 0.25,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: '#dde5eb',
      }}
    >
      <Item icon={<PersonIcon sx={small} />} label="Usuario">
        <strong>{info.user.fullName}</strong> · {ROLE_LABELS[info.user.role]}
      </Item>
      <Item icon={<ComputerIcon sx={small} />} label="Puesto de trabajo">
        {info.workstation}
      </Item>
      <Item icon={<EventIcon sx={small} />} label="Fecha">
        {formatLongDate(info.today)}
      </Item>
      <Box sx={{ ml: 'auto', display: 'flex', gap: 1 }}>
        <Button onClick={() => setChanging(true)}>Cambiar contraseña</Button>
        <Button startIcon={<LogoutIcon />} onClick={() => void logout()}>
          Cerrar sesión
        </Button>
      </Box>
      <Dialog open={changing} onClose={() => setChanging(false)} maxWidth="xs" fullWidth>
        <DialogTitle>Cambiar contraseña</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          <ChangePasswordForm
            onChanged={(next) => {
              refresh(next);
              setChanging(false);
            }}
            actions={<Button onClick={() => setChanging(false)}>Cancelar</Button>}
          />
        </DialogContent>
      </Dialog>
    </Box>
  );
}
