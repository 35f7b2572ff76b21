/**
 * When to lock the session because the computer was locked or put to sleep. Electron's
 * 'lock-screen' event exists on macOS and Windows only; on Linux the idle state says 'locked'
 * while the screen locker runs, so it is polled. Only electron *types* are used: main.ts passes
 * the real powerMonitor, tests a stand-in.
 */

export const LOCK_POLL_MS = 5_000;
/** getSystemIdleState's threshold for 'idle'; only 'locked' matters here. */
const IDLE_THRESHOLD_S = 60;

export interface LockSignals {
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'suspend', listener: () => void): unknown;
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown';
}

/** Calls onLock once per lock or suspension; returns what stops the polling (on quit). */
export function watchScreenLock(signals: LockSignals, platform: NodeJS.Platform, onLock: () => void): () => void {
  signals.on('lock-screen', onLock);
  signals.on('suspend', onLock);
  if (platform !== 'linux') return () => undefined;
  let locked = false;
  const timer = setInterval(() => {
    const nowLocked = signals.getSystemIdleState(IDLE_THRESHOLD_S) === 'locked';
    if (nowLocked && !locked) onLock();
    locked = nowLocked;
  }, LOCK_POLL_MS);
  // Polling must never be what keeps the app running.
  timer.unref();
  return () => clearInterval(timer);
}
