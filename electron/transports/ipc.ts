import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Result } from '../core/contract';
import type { Invoke } from '../printing/invoker';
import { INVOKE_CHANNEL } from '../shared/bridge';
import { isAppUrl } from './app-origin';
import { BAD_ENVELOPE_MESSAGE, parseEnvelope } from './envelope';

/**
 * Desktop window: the renderer calls core through one IPC channel. Only electron *types* are
 * imported, so the decisions below are plain functions Vitest runs without an Electron binary.
 */

/** What the main process knows about the frame that sent a call. */
export interface SenderFacts {
  url: string;
  /** Not an iframe: our page never embeds frames, so a call from one is not ours. */
  isTopFrame: boolean;
  /** Sent by the webContents of the window we created, not some other one. */
  isOurWindow: boolean;
}

export function isTrustedSender(facts: SenderFacts | null): boolean {
  return facts !== null && facts.isTopFrame && facts.isOurWindow && isAppUrl(facts.url);
}

export const UNTRUSTED_SENDER: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Esta ventana no está autorizada para usar Ventanilla.' },
};

const INTERNAL: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Ocurrió un error inesperado y no se guardó ningún cambio. Si se repite, avise al administrador.',
  },
};

/** Everything an IPC call goes through; answers with a Result, whatever it receives. */
export async function answerInvoke(invoke: Invoke, trusted: boolean, raw: unknown): Promise<Result<unknown>> {
  if (!trusted) return UNTRUSTED_SENDER;
  const envelope = parseEnvelope(raw);
  if (!envelope) return { ok: false, error: { code: 'VALIDATION', message: BAD_ENVELOPE_MESSAGE } };
  try {
    return await invoke(envelope.session, envelope.name, envelope.input);
  } catch {
    // dispatch and the print service are written never to throw; this keeps a rejection out of the renderer.
    return INTERNAL;
  }
}

/** The facts of an IPC event, or null when its frame is already gone. */
export function senderFactsOf(event: IpcMainInvokeEvent, ourContents: WebContents | null): SenderFacts | null {
  const frame = event.senderFrame;
  if (!frame) return null;
  return { url: frame.url, isTopFrame: frame.parent === null, isOurWindow: ourContents !== null && event.sender === ourContents };
}

/** isTrusted for the one window of the app; `contents` is read at call time (windows are recreated). */
export function trustOurWindow(contents: () => WebContents | null): (event: IpcMainInvokeEvent) => boolean {
  return (event) => isTrustedSender(senderFactsOf(event, contents()));
}

/** Registers the invoke handler; returns its removal. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  invoke: Invoke,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  const trustedOrNot = (event: IpcMainInvokeEvent): boolean => {
    try {
      return isTrusted(event);
    } catch {
      // e.g. the sending frame was disposed mid-call: not provably ours.
      return false;
    }
  };
  ipcMain.handle(INVOKE_CHANNEL, (event, raw: unknown) => answerInvoke(invoke, trustedOrNot(event), raw));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
