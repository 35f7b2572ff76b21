import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { call } from '../../api';
import { focusSoon } from '../../components/keyboard';
import { FoundSubscribers } from './FoundSubscribers';
import { useFocusAfterRender } from '../../components/use-focus-after-render';
import {
  fitsSearch,
  searchRequest,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPES,
  type SearchRequest,
  type SearchType,
  type SubscriberSummary,
} from './search-type';

/** Name and cédula matches asked of the core; the address matches among them are dropped. */
const LIMIT = 50;

interface Props {
  onOpen(subscriber: SubscriberSummary): void;
  /** BUSCAR SUSCRIPTORES again: the subscriber on screen is left. */
  onSearch(): void;
  textRef: RefObject<HTMLInputElement | null>;
}

interface Found {
  subscribers: SubscriberSummary[];
  /** The core had more matches than it sent. */
  more: boolean;
}

async function find(request: SearchRequest): Promise<Found | { problem: string }> {
  if (request.type === 'CODIGO') {
    const result = await call('subscribers.byCode', { code: request.query });
    return result.ok ? { subscribers: [result.data], more: false } : { problem: result.error.message };
  }
  const result = await call('subscribers.search', { q: request.query, limit: LIMIT });
  if (!result.ok) return { problem: result.error.message };
  return { subscribers: result.data.filter((s) => fitsSearch(request, s)), more: result.data.length >= LIMIT };
}

/**
 * Seed 001 steps 18–20: tipo de búsqueda, the text, BUSCAR SUSCRIPTORES, then a click (or
 * Enter) on the subscriber's name. Enter in the text searches; the first name takes the focus.
 */
export function SubscriberFinder({ onOpen, onSearch, textRef }: Props) {
  const [type, setType] = useState<SearchType>('CODIGO');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [found, setFound] = useState<Found | null>(null);
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLTableElement>(null);
  const latest = useRef(0);
  const focusAfter = useFocusAfterRender();

  async function search(event: FormEvent) {
    event.preventDefault();
    const request = searchRequest(type, text);
    if ('problem' in request) {
      setFound(null);
      return setError(request.problem);
    }
    const ticket = ++latest.current;
    onSearch();
    setBusy(true);
    const answer = await find(request);
    if (ticket !== latest.current) return;
    setBusy(false);
    if ('problem' in answer) {
      setFound(null);
      setError(answer.problem);
      return textRef.current?.select();
    }
    setError(null);
    setFound(answer);
    if (answer.subscribers.length > 0) focusAfter(() => listRef.current?.querySelector<HTMLButtonElement>('button'));
  }

  function open(subscriber: SubscriberSummary) {
    setFound(null);
    onOpen(subscriber);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box
        component="form"
        noValidate
        role="search"
        aria-label="Búsqueda de suscriptores"
        onSubmit={(e) => void search(e)}
        sx={{
          display: 'grid',
          gridTemplateColumns: '170px minmax(0, 420px) auto',
          justifyContent: 'start',
          gap: 1,
          alignItems: 'start',
        }}
      >
        <TextField
          select
          label="Tipo de búsqueda"
          value={type}
          onChange={(e) => {
            setType(e.target.value as SearchType);
            setError(null);
            focusSoon(() => textRef.current);
          }}
          slotProps={{ select: { native: true } }}
        >
          {SEARCH_TYPES.map((t) => (
            <option key={t} value={t}>
              {SEARCH_TYPE_LABELS[t].toUpperCase()}
            </option>
          ))}
        </TextField>
        <Box sx={{ position: 'relative' }}>
          <TextField
            label={`${SEARCH_TYPE_LABELS[type]} a buscar`}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            inputRef={textRef}
            error={error !== null}
            helperText={error ?? 'Escriba y presione Enter (BUSCAR SUSCRIPTORES).'}
            autoComplete="off"
            slotProps={{ htmlInput: { inputMode: type === 'NOMBRE' ? 'text' : 'numeric' } }}
          />
          {busy && <LinearProgress sx={{ position: 'absolute', left: 0, right: 0, top: 35, height: 2 }} />}
        </Box>
        <Button type="submit" variant="contained" startIcon={<SearchIcon />} disabled={busy} sx={{ height: 37 }}>
          BUSCAR SUSCRIPTORES
        </Button>
      </Box>
      {found !== null &&
        (found.subscribers.length === 0 ? (
          <Typography variant="body2" color="text.secondary" role="status">
            Ningún suscriptor con {SEARCH_TYPE_LABELS[type].toLowerCase()} «{text.trim()}».
          </Typography>
        ) : (
          <FoundSubscribers subscribers={found.subscribers} more={found.more} onOpen={open} tableRef={listRef} />
        ))}
    </Box>
  );
}
