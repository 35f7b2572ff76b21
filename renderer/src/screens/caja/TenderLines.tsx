import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import type { KeyboardEvent, RefObject } from 'react';
import { TENDER_METHODS, type TenderMethod } from '../../../../db/schema/enums';
import { MAX_TENDERS } from '../../../../electron/core/contract/cash.contract';
import type { FieldErrors } from '../../components/form-errors';
import { TENDER_METHOD_LABELS } from '../../format/labels';
import { focusSoon } from './keyboard';
import { tenderName, withAnotherTender, type TenderDraft, type TenderField } from './tender-draft';

interface Props {
  lines: readonly TenderDraft[];
  total: number;
  errors: FieldErrors;
  onChange(lines: TenderDraft[], field: string): void;
  /** Enter in the last field: on to REGISTRAR. */
  onDone(): void;
  boxRef: RefObject<HTMLDivElement | null>;
}

const fieldsOf = (box: HTMLElement | null) => [...(box?.querySelectorAll<HTMLElement>('input, select') ?? [])];

/** The medios de pago: efectivo with what was handed over, the others with their reference. */
export function TenderLines({ lines, total, errors, onChange, onDone, boxRef }: Props) {
  const cashTaken = (id: number) => lines.some((l) => l.method === 'EFECTIVO' && l.id !== id);

  function change(index: number, field: TenderField, value: string) {
    const next = lines.map((l, i) => (i === index ? { ...l, [field]: value } : l));
    onChange(next, tenderName(index, field));
  }

  // Enter goes to the next field of the medios, and from the last one to REGISTRAR.
  function enter(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    const fields = fieldsOf(boxRef.current);
    const at = fields.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    const next = fields[at + 1];
    if (!next) return onDone();
    next.focus();
    if (next instanceof HTMLInputElement) next.select();
  }

  function add() {
    const next = withAnotherTender(lines, total);
    onChange(next, 'tenders');
    focusSoon(() => boxRef.current?.querySelector<HTMLElement>(`[name="${tenderName(next.length - 1, 'method')}"]`));
  }

  function remove(index: number) {
    onChange(
      lines.filter((_, i) => i !== index),
      'tenders',
    );
    focusSoon(() => boxRef.current?.querySelector<HTMLElement>(`[name="${tenderName(0, 'amount')}"]`));
  }

  return (
    <Box
      ref={boxRef}
      onKeyDown={enter}
      role="group"
      aria-label="Medios de pago"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      {lines.map((line, i) => {
        const cash = line.method === 'EFECTIVO';
        const help = (field: TenderField) => errors[tenderName(i, field)];
        return (
          <Box key={line.id} sx={{ display: 'grid', gridTemplateColumns: '170px 1fr 1fr 36px', gap: 1, alignItems: 'start' }}>
            <TextField
              select
              label="Medio de pago"
              name={tenderName(i, 'method')}
              value={line.method}
              onChange={(e) => change(i, 'method', e.target.value as TenderMethod)}
              error={Boolean(help('method'))}
              helperText={help('method')}
              slotProps={{ select: { native: true } }}
            >
              {TENDER_METHODS.map((m) => (
                <option key={m} value={m} disabled={m === 'EFECTIVO' && cashTaken(line.id)}>
                  {TENDER_METHOD_LABELS[m]}
                </option>
              ))}
            </TextField>
            <TextField
              label={cash ? 'Valor en efectivo' : 'Valor'}
              name={tenderName(i, 'amount')}
              value={line.amount}
              onChange={(e) => change(i, 'amount', e.target.value)}
              error={Boolean(help('amount'))}
              helperText={help('amount')}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            {cash ? (
              <TextField
                label="Recibido"
                name={tenderName(i, 'tendered')}
                value={line.tendered}
                onChange={(e) => change(i, 'tendered', e.target.value)}
                error={Boolean(help('tendered'))}
                helperText={help('tendered') ?? 'Lo que entregó el usuario; vacío si es exacto.'}
                slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
            ) : (
              <TextField
                label="Referencia"
                name={tenderName(i, 'reference')}
                value={line.reference}
                onChange={(e) => change(i, 'reference', e.target.value)}
                error={Boolean(help('reference'))}
                helperText={help('reference') ?? 'Número del voucher o de la transacción.'}
              />
            )}
            {lines.length > 1 ? (
              <IconButton aria-label={`Quitar ${TENDER_METHOD_LABELS[line.method]}`} onClick={() => remove(i)} sx={{ mt: 0.25 }}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            ) : (
              <span />
            )}
          </Box>
        );
      })}
      <Box>
        <Button startIcon={<AddIcon />} onClick={add} disabled={lines.length >= MAX_TENDERS}>
          Agregar medio de pago
        </Button>
      </Box>
    </Box>
  );
}
