import WaterDropIcon from '@mui/icons-material/WaterDrop';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ModuleName } from '../../../electron/core/auth/modules';
import { MODULE_LABELS } from '../format/labels';
import { moduleOf, type MenuModule, type ScreenId } from './menu';

interface Props {
  menu: readonly MenuModule[];
  active: ScreenId | null;
  onOpen(screen: ScreenId): void;
}

/** Top-left module menus, as in Serviweb: SUSCRIPTOR, RECAUDO, PQR, CAJA, REPORTES, ADMINISTRACIÓN. */
export function MenuBar({ menu, active, onOpen }: Props) {
  const [open, setOpen] = useState<{ module: ModuleName; anchor: HTMLElement } | null>(null);
  const current = active ? moduleOf(active) : null;

  return (
    <AppBar position="static" elevation={0} color="primary">
      <Toolbar variant="dense" disableGutters sx={{ px: 1, minHeight: 40, gap: 0.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mr: 2 }}>
          <WaterDropIcon fontSize="small" sx={{ color: '#80cbc4' }} />
          <Typography component="span" sx={{ fontWeight: 700, letterSpacing: 1 }}>
            VENTANILLA
          </Typography>
        </Box>
        <Box component="nav" aria-label="Módulos" sx={{ display: 'flex', gap: 0.25 }}>
          {menu.map(({ module: m }) => (
            <Button
              key={m}
              color="inherit"
              aria-haspopup="menu"
              aria-expanded={open?.module === m}
              aria-controls={open?.module === m ? `menu-${m}` : undefined}
              onClick={(e) => setOpen({ module: m, anchor: e.currentTarget })}
              sx={{
                px: 1.5,
                borderRadius: 0.5,
                bgcolor: current?.module === m ? 'rgba(255,255,255,0.16)' : undefined,
                '&:hover': { bgcolor: 'rgba(255,255,255,0.24)' },
              }}
            >
              {MODULE_LABELS[m]}
            </Button>
          ))}
        </Box>
        {current && (
          <Typography variant="body2" sx={{ ml: 'auto', pr: 1, opacity: 0.85 }}>
            {MODULE_LABELS[current.module]} › {current.label}
          </Typography>
        )}
      </Toolbar>
      <Menu
        id={open ? `menu-${open.module}` : undefined}
        anchorEl={open?.anchor ?? null}
        open={open !== null}
        onClose={() => setOpen(null)}
      >
        {open &&
          menu
            .find((m) => m.module === open.module)
            ?.entries.map((entry) => (
              <MenuItem
                key={entry.label}
                selected={entry.screen === active}
                onClick={() => {
                  setOpen(null);
                  onOpen(entry.screen);
                }}
                sx={{ minWidth: 260 }}
              >
                <ListItemText primary={entry.label} />
              </MenuItem>
            ))}
      </Menu>
    </AppBar>
  );
}
