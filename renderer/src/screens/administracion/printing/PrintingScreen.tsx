import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { PAPER_SIZES, type PaperSize } from '../../../../../db/schema/enums';
import { companyContract, type PrinterConfig } from '../../../../../electron/core/contract/company.contract';
import { call } from '../../../api';
import { printingQueries } from '../../../api/printing';
import type { ScreenProps } from '../../../app/menu';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { useForm } from '../../../components/use-form';
import { PAPER_SIZE_LABELS } from '../../../format/labels';
import { PrinterField } from './PrinterField';
import { TestPagePanel } from './TestPagePanel';

const schema = companyContract['printing.setConfig'].input;
const FIELDS = ['documentPrinter', 'receiptPrinter', 'paper'] as const;

const draftOf = ({ documentPrinter, receiptPrinter, paper }: PrinterConfig): PrinterConfig => ({
  documentPrinter,
  receiptPrinter,
  paper,
});
const sameConfig = (a: PrinterConfig, b: PrinterConfig) =>
  a.documentPrinter === b.documentPrinter && a.receiptPrinter === b.receiptPrinter && a.paper === b.paper;

/** ADMINISTRACIÓN → Impresión: this workstation's printers and paper, and a test page. */
export function PrintingScreen({ active }: ScreenProps) {
  // Both read each time the screen is chosen: a printer may have been plugged in.
  const config = useQuery({ ...printingQueries.config(), enabled: active });
  const list = useQuery({ ...printingQueries.printers(), enabled: active });
  const saved = config.data ?? null;
  const printers = list.data ?? null;
  const loadError = config.error?.message ?? list.error?.message ?? null;
  // What is typed, until saved: the form otherwise shows the saved configuration.
  const [typed, setTyped] = useState<PrinterConfig | null>(null);
  const draft = typed ?? (saved && draftOf(saved));
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, message, busy, submit } = useForm(schema, FIELDS);
  const client = useQueryClient();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setNotice(null);
    const result = await submit(draft, () => call('printing.setConfig', draft));
    if (!result) return;
    // The test page (and every print of this workstation) goes with what was just saved.
    client.setQueryData(printingQueries.config().queryKey, result);
    setTyped(null);
    setNotice(`Configuración de impresión de ${result.workstation} guardada.`);
  }

  if (!saved || !draft || !printers) {
    return (
      <Panel title="Impresión">
        {loadError ? (
          <Alert severity="error" role="alert">
            {loadError}
          </Alert>
        ) : (
          <LinearProgress aria-label="Cargando configuración de impresión" />
        )}
      </Panel>
    );
  }

  const dirty = !sameConfig(draft, saved);
  const update = (patch: Partial<PrinterConfig>) => {
    setNotice(null);
    setTyped({ ...draft, ...patch });
  };

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 1.5, maxWidth: 1100 }}>
      <Panel title="Impresión de este equipo">
        <DataList
          items={[
            ['Equipo', saved.workstation],
            ['Modo', printers.mode === 'desktop' ? 'Escritorio' : 'Navegador'],
          ]}
        />
        {printers.mode === 'browser' && (
          <Alert severity="info" sx={{ mt: 1 }}>
            Modo navegador: el PDF de cada documento se genera y se archiva en este equipo, y se envía a sus impresoras del
            sistema. Si no hay ninguna, el documento queda archivado y se puede reimprimir.
          </Alert>
        )}
        <Divider sx={{ my: 1.5 }} />
        <Box component="form" noValidate onSubmit={(e) => void save(e)} aria-label="Configuración de impresión">
          {message && (
            <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
              {message}
            </Alert>
          )}
          {notice && (
            <Alert severity="success" role="status" onClose={() => setNotice(null)} sx={{ mb: 1.5 }}>
              {notice}
            </Alert>
          )}
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
            <PrinterField
              label="Impresora de documentos"
              name="documentPrinter"
              autoFocus
              value={draft.documentPrinter}
              printers={printers.printers}
              error={errors.documentPrinter}
              onChange={(documentPrinter) => update({ documentPrinter })}
            />
            <PrinterField
              label="Impresora de recibos"
              name="receiptPrinter"
              value={draft.receiptPrinter}
              printers={printers.printers}
              error={errors.receiptPrinter}
              onChange={(receiptPrinter) => update({ receiptPrinter })}
            />
            <TextField
              select
              label="Papel"
              name="paper"
              value={draft.paper}
              onChange={(e) => update({ paper: e.target.value as PaperSize })}
              error={Boolean(errors.paper)}
              helperText={errors.paper ?? 'Tamaño de papel de la impresora de documentos'}
              slotProps={{ select: { native: true } }}
            >
              {PAPER_SIZES.map((p) => (
                <option key={p} value={p}>
                  {PAPER_SIZE_LABELS[p]}
                </option>
              ))}
            </TextField>
          </Box>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
            <Button type="submit" variant="contained" disabled={busy}>
              GUARDAR
            </Button>
          </Box>
        </Box>
      </Panel>
      <TestPagePanel config={saved} dirty={dirty} />
    </Box>
  );
}
