import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { call, type Output } from '../../api';
import { SubscriberOption, SubscriberOptionHeader } from './SubscriberOption';

export type SubscriberSummary = Output<'subscribers.byCode'>;

const DEBOUNCE_MS = 150;
const LIMIT = 20;
const isCode = (q: string) => /^\d+$/.test(q);

interface Props {
  onOpen(subscriber: SubscriberSummary): void;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/**
 * The counter's one field: a código + Enter opens it; part of a name, cédula or address
 * lists matches as you type (arrows move, Enter opens, Escape clears).
 */
export function SubscriberSearch({ onOpen, inputRef, autoFocus = false }: Props) {
  const listId = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<SubscriberSummary[] | null>(null);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState(false);
  // True from a keystroke until the answer for the latest text is in (aria-busy on the list).
  const [pending, setPending] = useState(false);
  // Every request takes a number; an answer that is not the latest one is dropped.
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  async function search(q: string) {
    const ticket = ++latest.current;
    const result = await call('subscribers.search', { q, limit: LIMIT });
    if (ticket !== latest.current) return;
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setResults(result.data);
    setActive(isCode(q) ? -1 : 0);
  }

  function cancelPending() {
    window.clearTimeout(timer.current);
    latest.current++;
    setPending(false);
  }

  function change(value: string) {
    setText(value);
    setError(null);
    cancelPending();
    const q = value.trim();
    if (q.length < 2) {
      setResults(null);
      setActive(-1);
      return;
    }
    setPending(true);
    timer.current = window.setTimeout(() => void search(q), DEBOUNCE_MS);
  }

  function open(subscriber: SubscriberSummary) {
    cancelPending();
    setText(subscriber.code);
    setResults(null);
    setActive(-1);
    setError(null);
    onOpen(subscriber);
  }

  async function openCode(code: string) {
    cancelPending();
    setBusy(true);
    const result = await call('subscribers.byCode', { code });
    setBusy(false);
    if (result.ok) return open(result.data);
    const hint = results && results.length > 0 ? ' Use las flechas para elegir una de las coincidencias.' : '';
    setError(result.error.message + hint);
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results?.length ?? 0;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, count - 1));
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, isCode(text.trim()) ? -1 : 0));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      change('');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const q = text.trim();
      const chosen = results?.[active];
      if (chosen) open(chosen);
      else if (isCode(q)) void openCode(q);
      else if (q.length < 2)
        setError('Escriba el código del suscriptor, o al menos 2 letras del nombre, la cédula o la dirección.');
      else {
        cancelPending();
        setPending(true);
        void search(q);
      }
    }
  }

  const showList = focused && results !== null;
  const activeId = active >= 0 ? `${listId}-${active}` : undefined;
  return (
    <Box sx={{ position: 'relative' }}>
      <TextField
        label="Código, nombre, cédula o dirección del suscriptor"
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={keyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        autoFocus={autoFocus}
        inputRef={inputRef}
        error={error !== null}
        helperText={
          error ?? 'Código + Enter abre el suscriptor. Con texto: flechas para elegir, Enter para abrir, Esc para borrar.'
        }
        autoComplete="off"
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
          htmlInput: {
            role: 'combobox',
            'aria-autocomplete': 'list',
            'aria-expanded': showList,
            'aria-controls': showList ? listId : undefined,
            'aria-activedescendant': showList ? activeId : undefined,
          },
        }}
      />
      {busy && <LinearProgress sx={{ position: 'absolute', left: 0, right: 0, top: 38, height: 2 }} />}
      {showList && (
        <Paper
          elevation={8}
          sx={{ position: 'absolute', top: 42, left: 0, right: 0, zIndex: 10, maxHeight: 380, overflowY: 'auto' }}
        >
          {results.length === 0 ? (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
              {pending ? 'Buscando…' : `Ningún suscriptor coincide con «${text.trim()}».`}
            </Typography>
          ) : (
            <>
              <SubscriberOptionHeader />
              <Box
                component="ul"
                role="listbox"
                id={listId}
                aria-label="Suscriptores encontrados"
                aria-busy={pending}
                sx={{ m: 0, p: 0 }}
              >
                {results.map((s, i) => (
                  <SubscriberOption
                    key={s.id}
                    id={`${listId}-${i}`}
                    subscriber={s}
                    selected={i === active}
                    onPick={() => open(s)}
                  />
                ))}
              </Box>
            </>
          )}
        </Paper>
      )}
    </Box>
  );
}
