import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import { useEffect, useState, type FormEvent } from 'react';
import { PAPER_SIZES, type PaperSize } from '../../../../../db/schema/enums';
import { companyContract, type PrinterConfig } from '../../../../../electron/core/contract/company.contract';
import { call, type Output } from '../../../api';
import type { ScreenProps } from '../../../app/menu';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { useForm } from '../../../components/use-form';
import { PAPER_SIZE_LABELS } from '../../../format/labels';
import { PrinterField } from './PrinterField';
import { TestPagePanel } from './TestPagePanel';

const schema = companyContract['printing.setConfig'].input;
const FIELDS = ['documentPrinter', 'receiptPrinter', 'paper'] as const;

type Saved = Output<'printing.config'>;
type Printers = Output<'print.printers'>;

const draftOf = ({ documentPrinter, receiptPrinter, paper }: PrinterConfig): PrinterConfig => ({
  documentPrinter,
  receiptPrinter,
  paper,
});
const sameConfig = (a: PrinterConfig, b: PrinterConfig) =>
  a.documentPrinter === b.documentPrinter && a.receiptPrinter === b.receiptPrinter && a.paper === b.paper;

/** ADMINISTRACIÓN → Impresión: this workstation's printers and paper, and a test page. */
export function PrintingScreen({ active, activation }: ScreenProps) {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [printers, setPrinters] = useState<Printers | null>(null);
  const [draft, setDraft] = useState<PrinterConfig | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { errors, message, busy, submit } = useForm(schema, FIELDS);

  // The printer list is read each time the screen is shown: a printer may have been plugged in.
  useEffect(() => {
    if (!active) return;
    let current = true;
    void Promise.all([call('printing.config', {}), call('print.printers', {})]).then(([config, list]) => {
      if (!current) return;
      if (!config.ok) return setLoadError(config.error.message);
      if (!list.ok) return setLoadError(list.error.message);
      setLoadError(null);
      setSaved(config.data);
      setDraft((d) => d ?? draftOf(config.data));
      setPrinters(list.data);
    });
    return () => {
      current = false;
    };
  }, [active, activation]);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    setNotice(null);
    const result = await submit(draft, () => call('printing.setConfig', draft));
    if (!result) return;
    setSaved(result);
    setDraft(draftOf(result));
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
    setDraft({ ...draft, ...patch });
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
