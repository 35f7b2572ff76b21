import SearchIcon from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { subscriberQueries, type SubscriberSummary } from '../../api/subscribers';
import { SubscriberOption, SubscriberOptionHeader } from './SubscriberOption';

export type { SubscriberSummary };

const DEBOUNCE_MS = 150;
const SLOW_MS = 150;
const isCode = (q: string) => /^\d+$/.test(q);

/**
 * One element for every render: a new one each time would make MUI's input tell its form control
 * again that it has an adornment, an extra render after each answer.
 */
const SEARCH_ICON = (
  <InputAdornment position="start">
    <SearchIcon fontSize="small" />
  </InputAdornment>
);

interface Props {
  onOpen(subscriber: SubscriberSummary): void;
  /**
   * The asesor asked for this código (Enter, or a match picked), told before its lookup is
   * sent: the screen starts reading what it shows of the subscriber at the same time.
   */
  onCode?(code: string): void;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}

/**
 * The counter's one field: a código + Enter opens it; part of a name, cédula or address
 * lists matches as you type (arrows move, Enter opens, Escape clears).
 */
export function SubscriberSearch({ onOpen, onCode, inputRef, autoFocus = false }: Props) {
  const queries = useQueryClient();
  const listId = useId();
  const [text, setText] = useState('');
  // What the list answers (the text after a pause in typing), and whether it is open. Closing it
  // keeps the question, so opening a subscriber does not change what the list observes.
  const [asked, setAsked] = useState('');
  const [listing, setListing] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focused, setFocused] = useState(false);
  // Each código lookup takes a number; an answer that is not the latest one is dropped.
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  // While the next text is asked, the list shown stays (marked busy) instead of flashing empty.
  const found = useQuery({ ...subscriberQueries.search(asked), enabled: listing, placeholderData: keepPreviousData });
  const results = listing ? (found.data ?? null) : null;
  // True from a keystroke until the answer for the latest text is in (aria-busy on the list).
  const typed = text.trim();
  const pending = typed !== asked || found.isPlaceholderData;
  const shownError = error ?? (listing && found.error ? found.error.message : null);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function ask(q: string) {
    setAsked(q);
    setListing(true);
    setActive(isCode(q) ? -1 : 0);
  }

  function cancelPending() {
    window.clearTimeout(timer.current);
    latest.current++;
  }

  function change(value: string) {
    setText(value);
    setError(null);
    cancelPending();
    const q = value.trim();
    if (q.length < 2) {
      setListing(false);
      setActive(-1);
      return;
    }
    timer.current = window.setTimeout(() => ask(q), DEBOUNCE_MS);
  }

  function open(subscriber: SubscriberSummary) {
    cancelPending();
    setText(subscriber.code);
    setListing(false);
    setActive(-1);
    setError(null);
    onOpen(subscriber);
  }

  function pick(subscriber: SubscriberSummary) {
    onCode?.(subscriber.code);
    open(subscriber);
  }

  async function openCode(code: string) {
    cancelPending();
    const ticket = latest.current;
    onCode?.(code);
    // The bar only for a slow answer: a quick one shows the subscriber in the next frame.
    const slow = window.setTimeout(() => setBusy(true), SLOW_MS);
    try {
      const subscriber = await queries.fetchQuery(subscriberQueries.byCode(code));
      if (ticket === latest.current) open(subscriber);
    } catch (failed) {
      if (ticket !== latest.current) return;
      const hint = results && results.length > 0 ? ' Use las flechas para elegir una de las coincidencias.' : '';
      setError((failed as Error).message + hint);
    } finally {
      window.clearTimeout(slow);
      setBusy(false);
    }
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = results?.length ?? 0;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, count - 1));
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, isCode(typed) ? -1 : 0));
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      change('');
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results?.[active];
      if (chosen) pick(chosen);
      else if (isCode(typed)) void openCode(typed);
      else if (typed.length < 2)
        setError('Escriba el código del suscriptor, o al menos 2 letras del nombre, la cédula o la dirección.');
      else if (listing && asked === typed) void found.refetch();
      else {
        cancelPending();
        ask(typed);
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
        error={shownError !== null}
        helperText={
          shownError ?? 'Código + Enter abre el suscriptor. Con texto: flechas para elegir, Enter para abrir, Esc para borrar.'
        }
        autoComplete="off"
        slotProps={{
          input: { startAdornment: SEARCH_ICON },
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
              {pending ? 'Buscando…' : `Ningún suscriptor coincide con «${typed}».`}
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
                    onPick={() => pick(s)}
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
