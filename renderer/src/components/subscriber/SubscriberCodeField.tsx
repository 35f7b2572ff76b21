import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { subscriberCode } from '../../../../electron/core/contract/fields';
import { DataList } from '../DataList';
import { formatMoney } from '../../format/format';
import { STATUS_COLORS, STATUS_LABELS } from '../../format/labels';
import { padronQueries, type PadronSubscriber } from '../../api/padron';
import { subscriberQueries, type SubscriberView } from '../../api/subscribers';

/** What the field shows of a subscriber: the padrón's record, and its saldo when the read has one. */
type Card = PadronSubscriber & { balance?: number };

interface Props<S extends Card> {
  code: string;
  onCodeChange(code: string): void;
  subscriber: S | null;
  onOpen(subscriber: S): void;
  /** A message from GUARDAR. */
  error?: string;
  inputRef: RefObject<HTMLInputElement | null>;
  /** A CANCELADO subscriber is not invoiced; a PQR may still be radicated for one. */
  blockCancelled?: boolean;
}

/** Seed 001 step 6: the código and Enter; who it is, where, in what state and what it owes. */
export function SubscriberCodeField(props: Props<SubscriberView>) {
  const queries = useQueryClient();
  // Read anew: the asesor opened it now, whatever was read before.
  const read = (code: string) => queries.fetchQuery({ ...subscriberQueries.view(code), staleTime: 0 });
  return <CodeField {...props} read={read} />;
}

/** The same on the padrón: who it is, where and in what state; its account is the counter's. */
export function PadronCodeField(props: Props<PadronSubscriber>) {
  const queries = useQueryClient();
  const read = (code: string) => queries.fetchQuery({ ...padronQueries.subscriber(code), staleTime: 0 });
  return <CodeField {...props} read={read} />;
}

function CodeField<S extends Card>({
  code,
  onCodeChange,
  subscriber,
  onOpen,
  error,
  inputRef,
  blockCancelled = true,
  read,
}: Props<S> & { read(code: string): Promise<S> }) {
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(0);

  async function open() {
    const checked = subscriberCode.safeParse(code);
    if (!checked.success) return setLookupError(checked.error.issues[0]?.message ?? 'Código del suscriptor: revise el valor');
    const ticket = ++latest.current;
    setBusy(true);
    try {
      const opened = await read(checked.data);
      if (ticket !== latest.current) return;
      setLookupError(null);
      onOpen(opened);
    } catch (failed) {
      if (ticket !== latest.current) return;
      setLookupError((failed as Error).message);
      inputRef.current?.select();
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }

  function keyDown(event: KeyboardEvent) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void open();
  }

  function change(value: string) {
    latest.current++;
    setBusy(false);
    setLookupError(null);
    onCodeChange(value);
  }

  const cancelled =
    blockCancelled && subscriber?.status === 'CANCELADO'
      ? `Código del suscriptor: ${subscriber.code} está CANCELADO; no se le puede facturar`
      : null;
  const message = error ?? lookupError ?? cancelled;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: '220px minmax(0, 1fr)', gap: 1.5, alignItems: 'start' }}>
      <Box sx={{ position: 'relative' }}>
        <TextField
          label="Código del suscriptor"
          name="subscriberCode"
          value={code}
          onChange={(e) => change(e.target.value)}
          onKeyDown={keyDown}
          inputRef={inputRef}
          error={Boolean(message)}
          helperText={message ?? 'Escriba el código y presione Enter.'}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        {busy && <LinearProgress sx={{ position: 'absolute', left: 0, right: 0, top: 35, height: 2 }} />}
      </Box>
      {subscriber && (
        <Paper
          variant="outlined"
          component="section"
          aria-label={`Suscriptor ${subscriber.code}`}
          sx={{ px: 1.5, py: 0.75, display: 'flex', gap: 2, alignItems: 'center' }}
        >
          <Box sx={{ minWidth: 0, flex: 1 }}>
            <Typography sx={{ fontWeight: 600 }} noWrap>
              {subscriber.owner.fullName}
            </Typography>
            <DataList
              items={[
                ['Dirección', `${subscriber.address} · ${subscriber.neighborhood}`],
                ['Ruta', `${subscriber.routeCode} · ${subscriber.zoneName}`],
              ]}
            />
          </Box>
          <Chip
            label={STATUS_LABELS[subscriber.status]}
            color={STATUS_COLORS[subscriber.status]}
            aria-label={`Estado: ${STATUS_LABELS[subscriber.status]}`}
            sx={{ fontWeight: 700 }}
          />
          {subscriber.balance !== undefined && (
            <Box sx={{ textAlign: 'right' }}>
              <Typography variant="caption" color="text.secondary" component="div">
                Saldo
              </Typography>
              <Typography component="div" aria-label="Saldo" sx={{ fontWeight: 700, fontSize: '1.05rem' }}>
                {formatMoney(subscriber.balance)}
              </Typography>
            </Box>
          )}
        </Paper>
      )}
    </Box>
  );
}
