import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_POLL_MS, type LockSignals, watchScreenLock } from './screen-lock';

/** A stand-in for Electron's powerMonitor: its events and the idle state it reports. */
function powerMonitor() {
  const listeners = new Map<string, () => void>();
  const monitor = {
    state: 'active' as ReturnType<LockSignals['getSystemIdleState']>,
    polls: 0,
    listeners,
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    getSystemIdleState: () => {
      monitor.polls++;
      return monitor.state;
    },
  };
  return monitor;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('locking the session with the computer', () => {
  it('on Linux, locks once when the screen locker starts, and again at the next lock', () => {
    const monitor = powerMonitor();
    const onLock = vi.fn();
    const stop = watchScreenLock(monitor, 'linux', onLock);
    vi.advanceTimersByTime(LOCK_POLL_MS * 3);
    expect(onLock).not.toHaveBeenCalled();
    monitor.state = 'locked';
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(onLock).toHaveBeenCalledTimes(1);
    // Still locked: the session is not locked over and over.
    vi.advanceTimersByTime(LOCK_POLL_MS * 4);
    expect(onLock).toHaveBeenCalledTimes(1);
    monitor.state = 'active';
    vi.advanceTimersByTime(LOCK_POLL_MS);
    monitor.state = 'locked';
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(onLock).toHaveBeenCalledTimes(2);
    stop();
  });

  it('stops polling when stopped (on quit)', () => {
    const monitor = powerMonitor();
    const stop = watchScreenLock(monitor, 'linux', vi.fn());
    vi.advanceTimersByTime(LOCK_POLL_MS);
    expect(monitor.polls).toBe(1);
    stop();
    vi.advanceTimersByTime(LOCK_POLL_MS * 10);
    expect(monitor.polls).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("on Windows and macOS, relies on Electron's lock-screen event; everywhere, on suspend", () => {
    const monitor = powerMonitor();
    const onLock = vi.fn();
    watchScreenLock(monitor, 'win32', onLock);
    vi.advanceTimersByTime(LOCK_POLL_MS * 10);
    expect(monitor.polls).toBe(0);
    monitor.listeners.get('lock-screen')?.();
    monitor.listeners.get('suspend')?.();
    expect(onLock).toHaveBeenCalledTimes(2);
  });
});
