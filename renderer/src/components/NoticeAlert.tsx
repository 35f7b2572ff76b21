import Alert from '@mui/material/Alert';

/** What an action came to, above a screen's list. */
export type Notice = { severity: 'success' | 'warning' | 'error'; text: string } | null;

/** A success is announced politely (status), a problem at once (alert); the user closes it. */
export function NoticeAlert({ notice, onClose }: { notice: Notice; onClose(): void }) {
  if (!notice) return null;
  return (
    <Alert severity={notice.severity} onClose={onClose} role={notice.severity === 'success' ? 'status' : 'alert'} sx={{ mb: 1 }}>
      {notice.text}
    </Alert>
  );
}
