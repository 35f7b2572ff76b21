import WaterDropIcon from '@mui/icons-material/WaterDrop';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { OfficeLinkBanner } from '../../app/OfficeLinkBanner';

/** The frame of the screens shown before the app: login, first password, lock. */
export function AuthLayout({ title, subtitle, children }: { title: string; subtitle?: string; children: ReactNode }) {
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(160deg, #06324a 0%, #0d4a6b 55%, #00897b 100%)',
      }}
    >
      <OfficeLinkBanner />
      <Box component="main" sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
        {/* A Box, not a Paper (whose shadow is an inline style variable): this frame is rendered into index.html, whose CSP refuses style attributes. */}
        <Box sx={{ width: 380, maxWidth: '100%', p: 4, bgcolor: 'background.paper', borderRadius: 1, boxShadow: 8 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 2.5 }}>
            <WaterDropIcon color="secondary" sx={{ fontSize: 40 }} />
            <Box>
              <Typography component="div" sx={{ fontSize: '1.35rem', fontWeight: 700, letterSpacing: 1, color: 'primary.main' }}>
                VENTANILLA
              </Typography>
              <Typography variant="caption" color="text.secondary">
                Oficina comercial · Acueducto, alcantarillado y aseo
              </Typography>
            </Box>
          </Box>
          <Typography variant="h2" component="h1" sx={{ mb: subtitle ? 0.5 : 2 }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {subtitle}
            </Typography>
          )}
          {children}
        </Box>
      </Box>
    </Box>
  );
}
