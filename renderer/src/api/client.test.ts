import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeEnvelope } from '../../../electron/shared/bridge';
import { call, onSessionSignal, setSessionId } from './client';

const transport = vi.hoisted(() => ({ send: vi.fn<(envelope: InvokeEnvelope) => Promise<unknown>>() }));
vi.mock('./transport', () => ({ pickTransport: () => transport.send }));

describe('api client', () => {
  beforeEach(() => transport.send.mockReset());

  it('sends the name, the input and the session id of the login', async () => {
    transport.send.mockResolvedValue({ ok: true, data: [] });
    setSessionId('abc');
    await call('users.list', {});
    expect(transport.send).toHaveBeenCalledWith({ name: 'users.list', input: {}, session: 'abc' });
  });

  it('turns a transport failure or a malformed answer into a Spanish error, never a throw', async () => {
    transport.send.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const down = await call('users.list', {});
    expect(down).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(!down.ok && down.error.message).toMatch(/No se pudo comunicar/);

    transport.send.mockResolvedValueOnce('<html>502</html>');
    expect(await call('users.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('tells the session layer about SESSION_LOCKED and SESSION_REQUIRED', async () => {
    const signals: unknown[] = [];
    const stop = onSessionSignal((s) => signals.push(s));
    transport.send.mockResolvedValueOnce({ ok: false, error: { code: 'SESSION_LOCKED', message: 'bloqueada' } });
    transport.send.mockResolvedValueOnce({ ok: false, error: { code: 'SESSION_REQUIRED', message: 'Ingrese de nuevo.' } });
    transport.send.mockResolvedValueOnce({ ok: false, error: { code: 'FORBIDDEN', message: 'Su rol no tiene permiso.' } });
    await call('users.list', {});
    await call('users.list', {});
    await call('users.list', {});
    stop();
    expect(signals).toEqual([{ kind: 'locked' }, { kind: 'ended', message: 'Ingrese de nuevo.' }]);
  });

  it('a puesto the server no longer recognises (UNPAIRED) ends the session; with no session open, nothing is signalled', async () => {
    const signals: unknown[] = [];
    const stop = onSessionSignal((s) => signals.push(s));
    const unpaired = { ok: false, error: { code: 'UNPAIRED', message: 'Vinculación revocada.' } };
    setSessionId('abc');
    transport.send.mockResolvedValueOnce(unpaired);
    await call('users.list', {});
    setSessionId(null);
    transport.send.mockResolvedValueOnce(unpaired);
    transport.send.mockResolvedValueOnce({ ok: false, error: { code: 'SESSION_REQUIRED', message: 'Ingrese.' } });
    await call('auth.login', { username: 'cajero', password: 'x' });
    await call('auth.session', {});
    stop();
    expect(signals).toEqual([{ kind: 'ended', message: 'Vinculación revocada.' }]);
  });
});
