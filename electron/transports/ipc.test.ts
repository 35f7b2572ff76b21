import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Invoke } from '../printing/invoker';
import { INVOKE_CHANNEL } from '../shared/bridge';
import { isAppUrl } from './app-origin';
import { parseEnvelope } from './envelope';
import { UNTRUSTED_SENDER, answerInvoke, isTrustedSender, registerIpc, trustOurWindow } from './ipc';

const ok: Invoke = async (session, name, input) => ({ ok: true, data: { session, name, input } });
const ours = { url: 'app://ventanilla/', isTopFrame: true, isOurWindow: true };

describe('which senders are ours', () => {
  it('recognises only app://ventanilla', () => {
    expect(isAppUrl('app://ventanilla/')).toBe(true);
    expect(isAppUrl('app://ventanilla/recaudo?x=1#y')).toBe(true);
    for (const url of [
      'app://otro/',
      'app://ventanilla.evil/',
      'app://ventanilla@evil/',
      'http://127.0.0.1:5180/',
      'file:///index.html',
      'https://ventanilla/',
      'no es url',
      '',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('trusts the top frame of our window on our origin, nothing else', () => {
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ ...ours, isTopFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ours, isOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ours, url: 'https://evil.example/' })).toBe(false);
  });

  it('reads the facts from the IPC event: frame URL, parent frame, sender', () => {
    const window = { id: 1 } as unknown as WebContents;
    const other = { id: 2 } as unknown as WebContents;
    const event = (sender: WebContents, frame: { url: string; parent: unknown } | null) =>
      ({ sender, senderFrame: frame }) as unknown as IpcMainInvokeEvent;
    const isTrusted = trustOurWindow(() => window);
    expect(isTrusted(event(window, { url: 'app://ventanilla/', parent: null }))).toBe(true);
    expect(isTrusted(event(window, { url: 'app://ventanilla/', parent: {} }))).toBe(false);
    expect(isTrusted(event(other, { url: 'app://ventanilla/', parent: null }))).toBe(false);
    expect(isTrusted(event(window, { url: 'https://evil.example/', parent: null }))).toBe(false);
    expect(isTrusted(event(window, null))).toBe(false);
    expect(trustOurWindow(() => null)(event(window, { url: 'app://ventanilla/', parent: null }))).toBe(false);
  });
});

describe('envelopes', () => {
  it('accepts { name, input, session } and reads a missing session as logged out', () => {
    expect(parseEnvelope({ name: 'auth.login', input: { u: 1 }, session: null })).toEqual({
      name: 'auth.login',
      input: { u: 1 },
      session: null,
    });
    expect(parseEnvelope({ name: 'auth.session', session: 'abc' })).toEqual({
      name: 'auth.session',
      input: undefined,
      session: 'abc',
    });
    expect(parseEnvelope({ name: 'auth.session' })?.session).toBeNull();
  });

  it('refuses anything else', () => {
    for (const value of [
      null,
      undefined,
      'auth.login',
      5,
      [],
      {},
      { name: '' },
      { name: 7 },
      { name: 'x'.repeat(101) },
      { name: 'a.b', session: 5 },
      { name: 'a.b', session: 'x'.repeat(201) },
    ]) {
      expect(parseEnvelope(value), JSON.stringify(value)).toBeNull();
    }
  });
});

describe('answering an IPC call', () => {
  it('forwards a trusted, well-formed call to the invoker', async () => {
    expect(await answerInvoke(ok, true, { name: 'auth.session', input: {}, session: 's' })).toEqual({
      ok: true,
      data: { session: 's', name: 'auth.session', input: {} },
    });
  });

  it('refuses an untrusted sender without calling the invoker', async () => {
    const invoke = vi.fn(ok);
    expect(await answerInvoke(invoke, false, { name: 'auth.session', input: {}, session: 's' })).toBe(UNTRUSTED_SENDER);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('answers a malformed envelope with a VALIDATION error', async () => {
    const answer = await answerInvoke(ok, true, 'auth.session');
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.code).toBe('VALIDATION');
  });

  it('turns a throwing or rejecting invoker into an INTERNAL error, never a rejected invoke', async () => {
    const envelope = { name: 'a.b', input: 1, session: null };
    const throwing: Invoke = () => {
      throw new Error('boom');
    };
    const rejecting: Invoke = () => Promise.reject(new Error('boom'));
    for (const invoke of [throwing, rejecting]) {
      const answer = await answerInvoke(invoke, true, envelope);
      expect(!answer.ok && answer.error.code).toBe('INTERNAL');
    }
  });

  it('registers one handler on the invoke channel that survives a throwing trust check', async () => {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, raw: unknown) => unknown>();
    const ipcMain = {
      handle: (channel: string, handler: (event: IpcMainInvokeEvent, raw: unknown) => unknown) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    } as unknown as Pick<IpcMain, 'handle' | 'removeHandler'>;
    const remove = registerIpc(ipcMain, ok, () => {
      throw new Error('frame disposed');
    });
    const handler = handlers.get(INVOKE_CHANNEL);
    expect(handler).toBeDefined();
    expect(await handler!({} as IpcMainInvokeEvent, { name: 'a.b', input: 1, session: null })).toBe(UNTRUSTED_SENDER);
    remove();
    expect(handlers.size).toBe(0);
  });
});
