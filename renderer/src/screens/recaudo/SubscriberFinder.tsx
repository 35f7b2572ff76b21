import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { subscriberQueries } from '../../api/subscribers';
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
  /**
   * The asesor asked for this código (an exact código searched, or a name picked), told before
   * its lookup is sent: the screen starts reading the debts at the same time.
   */
  onCode?(code: string): void;
  /** BUSCAR SUSCRIPTORES again: the subscriber on screen is left. */
  onSearch(): void;
  textRef: RefObject<HTMLInputElement | null>;
}

interface Found {
  subscribers: SubscriberSummary[];
  /** The core had more matches than it sent. */
  more: boolean;
}

/** An exact código is the subscriber itself; a name or a cédula lists the matches. */
async function find(queries: QueryClient, request: SearchRequest): Promise<Found | SubscriberSummary | { problem: string }> {
  try {
    if (request.type === 'CODIGO') return await queries.fetchQuery(subscriberQueries.byCode(request.query));
    const found = await queries.fetchQuery(subscriberQueries.search(request.query, LIMIT));
    return { subscribers: found.filter((s) => fitsSearch(request, s)), more: found.length >= LIMIT };
  } catch (failed) {
    return { problem: (failed as Error).message };
  }
}

/**
 * Seed 001 steps 18–20: tipo de búsqueda, the text, BUSCAR SUSCRIPTORES. An exact código opens
 * the subscriber's debts at once; a name or a cédula lists the matches, the first name takes the
 * focus and a click (or Enter) on a name opens it.
 */
export function SubscriberFinder({ onOpen, onCode, onSearch, textRef }: Props) {
  const queries = useQueryClient();
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
    if (request.type === 'CODIGO') onCode?.(request.query);
    setBusy(true);
    const answer = await find(queries, request);
    if (ticket !== latest.current) return;
    setBusy(false);
    if ('problem' in answer) {
      setFound(null);
      setError(answer.problem);
      return textRef.current?.select();
    }
    setError(null);
    if (!('subscribers' in answer)) return open(answer);
    setFound(answer);
    if (answer.subscribers.length > 0) focusAfter(() => listRef.current?.querySelector<HTMLButtonElement>('button'));
  }

  function open(subscriber: SubscriberSummary) {
    setFound(null);
    onOpen(subscriber);
  }

  function pick(subscriber: SubscriberSummary) {
    onCode?.(subscriber.code);
    open(subscriber);
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
          <FoundSubscribers subscribers={found.subscribers} more={found.more} onOpen={pick} tableRef={listRef} />
        ))}
    </Box>
  );
}
