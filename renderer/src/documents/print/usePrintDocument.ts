import { useCallback, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useReactToPrint } from 'react-to-print';
import { NONCE_META } from '../../../../electron/shared/bridge';
import { readMeta } from '../../api/transport';
import { documentsCss } from '../styles';
import { printDocument, printStatus, type DocumentType, type PrintDocumentOutput, type PrintTarget } from './print-api';

export type PrintOutcome = { kind: 'printed'; result: PrintDocumentOutput } | { kind: 'failed'; message: string };

export interface PrintDocumentOptions {
  type: DocumentType;
  number: string;
  target?: PrintTarget;
  onPrinted?: (result: PrintDocumentOutput) => void;
}

export interface PrintDocumentState {
  /** Starts a print job; ignored while one is running (a double click prints once). */
  print: () => void;
  busy: boolean;
  outcome: PrintOutcome | null;
  /** The reprint number to render off-screen while a job collects it; null when idle. */
  rendering: number | null;
  /** Goes on the element whose content is printed. */
  contentRef: RefObject<HTMLDivElement | null>;
}

interface Job {
  type: DocumentType;
  number: string;
  target: PrintTarget;
  reprint: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** react-to-print waits for images; past this the job is given up instead of hanging. */
const COLLECT_TIMEOUT_MS = 20_000;
const NOT_COLLECTED = 'No se pudo preparar el documento para imprimir. Intente de nuevo.';

/**
 * One print job: ask how many times the document was printed (the next print is REIMPRESIÓN n),
 * render that copy off-screen, let react-to-print collect it, and hand its HTML and the
 * documents stylesheet to the main process, which prints, archives the PDF and logs it.
 */
export function usePrintDocument({ type, number, target = 'DOCUMENT', onPrinted }: PrintDocumentOptions): PrintDocumentState {
  const contentRef = useRef<HTMLDivElement | null>(null);
  const jobRef = useRef<Job | null>(null);
  const [busy, setBusy] = useState(false);
  // Kept with the document it is about: a new factura on the same button starts clean.
  const [last, setLast] = useState<{ documentKey: string; outcome: PrintOutcome } | null>(null);
  const documentKey = `${type} ${number}`;
  const [rendering, setRendering] = useState<number | null>(null);

  const finish = useCallback(
    (result: PrintOutcome) => {
      const job = jobRef.current;
      // Already finished (e.g. given up on, then react-to-print reports an error).
      if (!job) return;
      clearTimeout(job.timer);
      jobRef.current = null;
      setRendering(null);
      setBusy(false);
      setLast({ documentKey: `${job.type} ${job.number}`, outcome: result });
      if (result.kind === 'printed') onPrinted?.(result.result);
    },
    [onPrinted],
  );

  const send = useCallback(
    async (iframe: HTMLIFrameElement) => {
      const job = jobRef.current;
      if (!job) return;
      clearTimeout(job.timer);
      job.timer = undefined;
      const html = iframe.contentDocument?.body.innerHTML ?? '';
      if (!html.trim()) return finish({ kind: 'failed', message: NOT_COLLECTED });
      const sent = await printDocument({
        type: job.type,
        number: job.number,
        reprint: job.reprint,
        target: job.target,
        html,
        css: documentsCss,
      });
      finish(sent.ok ? { kind: 'printed', result: sent.data } : { kind: 'failed', message: sent.error.message });
    },
    [finish],
  );

  const collect = useReactToPrint({
    contentRef,
    // The collected copy needs no styles of the app: its stylesheet travels with it as text.
    ignoreGlobalStyles: true,
    pageStyle: '',
    // The print iframe inherits the app's CSP: its (empty) style tag needs the page's nonce.
    nonce: readMeta(NONCE_META) || undefined,
    documentTitle: documentKey,
    print: send,
    onPrintError: () => finish({ kind: 'failed', message: NOT_COLLECTED }),
    suppressErrors: true,
  });

  const print = useCallback(() => {
    if (jobRef.current) return;
    const job: Job = { type, number, target, reprint: 0, timer: undefined };
    jobRef.current = job;
    setBusy(true);
    setLast(null);
    void (async () => {
      const status = await printStatus({ type, number });
      if (!status.ok) return finish({ kind: 'failed', message: status.error.message });
      job.reprint = status.data.prints;
      flushSync(() => setRendering(job.reprint));
      job.timer = setTimeout(() => finish({ kind: 'failed', message: NOT_COLLECTED }), COLLECT_TIMEOUT_MS);
      collect();
    })();
  }, [type, number, target, collect, finish]);

  const outcome = last?.documentKey === documentKey ? last.outcome : null;
  return { print, busy, outcome, rendering, contentRef };
}
