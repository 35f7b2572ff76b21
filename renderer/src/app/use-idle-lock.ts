import { useEffect, useEffectEvent } from 'react';
import { call, millisSinceLastCall } from '../api';
import type { SessionInfo } from './session-context';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;
/**
 * The core locks a session that made no call for the idle minutes. Someone reading a
 * subscriber or filling a long form is active without calling it, so activity pings
 * auth.session now and then: both sides then agree on what "idle" means.
 */
const KEEPALIVE_AFTER_MS = 60_000;

/** Locks the session after `idleMinutes` without keyboard or pointer activity; null = off. */
export function useIdleLock(idleMinutes: number | null, lock: () => void, refresh: (info: SessionInfo) => void): void {
  const onIdle = useEffectEvent(lock);
  const onRefreshed = useEffectEvent(refresh);

  useEffect(() => {
    if (idleMinutes === null) return;
    let lastActivity = Date.now();
    const onActivity = () => {
      lastActivity = Date.now();
      if (millisSinceLastCall(lastActivity) > KEEPALIVE_AFTER_MS) {
        void call('auth.session', {}).then((r) => {
          if (r.ok) onRefreshed(r.data);
        });
      }
    };
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity >= idleMinutes * 60_000) onIdle();
    }, CHECK_EVERY_MS);
    for (const event of ACTIVITY) window.addEventListener(event, onActivity, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, onActivity, { capture: true });
    };
  }, [idleMinutes]);
}
