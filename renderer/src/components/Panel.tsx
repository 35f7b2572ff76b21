import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';

/** A titled box of a back-office screen. */
interface Props {
  title: string;
  action?: ReactNode;
  children: ReactNode;
  /** No inner padding: for tables that run to the edges. */
  flush?: boolean;
  sx?: SxProps<Theme>;
}

export function Panel({ title, action, children, flush = false, sx }: Props) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={title}
      sx={[{ display: 'flex', flexDirection: 'column', minWidth: 0 }, ...(Array.isArray(sx) ? sx : [sx])]}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          px: 1.5,
          py: 0.5,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: '#f3f6f8',
          minHeight: 30,
        }}
      >
        <Typography
          variant="subtitle2"
          component="h2"
          sx={{ textTransform: 'uppercase', fontSize: '0.75rem', color: 'primary.dark' }}
        >
          {title}
        </Typography>
        <Box sx={{ ml: 'auto' }}>{action}</Box>
      </Box>
      <Box sx={{ p: flush ? 0 : 1.5, flex: 1, minHeight: 0 }}>{children}</Box>
    </Paper>
  );
}
