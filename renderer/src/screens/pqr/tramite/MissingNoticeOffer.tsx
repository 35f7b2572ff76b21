import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { call, type Output } from '../../../api';
import { useForm } from '../../../components/use-form';
import { PrintButton } from '../../../documents';
import type { MissingNoticeFacts } from './pqr-draft';
type MissingNotice = Output<'pqr.missingNotice'>;

const LABEL = 'IMPRIMIR DOCUMENTACIÓN FALTANTE';

/**
 * Seed 004 step 4: the trámite was refused for a missing document, so the user takes home a
 * numbered "Documentación faltante". Mounted once per refusal: its request key is that of this
 * notice, so pressing it again numbers nothing new and reprints the same DF.
 */
export function MissingNoticeOffer({ facts }: { facts: MissingNoticeFacts }) {
  const form = useForm(null, []);
  const [notice, setNotice] = useState<MissingNotice | null>(null);

  async function issue() {
    const outcome = await form.attempt({ send: () => call('pqr.missingNotice', { ...facts, requestKey: form.requestKey }) });
    if (outcome.ok) setNotice(outcome.data);
  }

  if (notice) return <NoticePrinted notice={notice} />;
  return (
    <Box>
      <Button variant="contained" color="warning" startIcon={<PrintIcon />} onClick={() => void issue()} disabled={form.busy}>
        {LABEL}
      </Button>
      {form.message && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {form.message}
        </Alert>
      )}
    </Box>
  );
}

/** The DF number, and its IMPRIMIR pressed once: numbering it was asking for it on paper. It stays for a reprint. */
function NoticePrinted({ notice }: { notice: MissingNotice }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const button = box.current?.querySelector('button');
    button?.focus();
    // The PrintButton prints once however often it is pressed while its job runs.
    button?.click();
  }, []);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Typography role="status" aria-label="Documentación faltante">
        Documentación faltante <strong style={{ fontFamily: 'monospace' }}>{notice.number}</strong> para el usuario: el trámite no
        se radicó.
      </Typography>
      <Box ref={box}>
        <PrintButton type="DOCUMENTACION_FALTANTE" number={notice.number} label={LABEL} />
      </Box>
    </Box>
  );
}
