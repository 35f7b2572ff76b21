import { useCallback, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import { call, onAppLock, onSessionSignal, setSessionId } from '../api';
import { configureFormat } from '../format/format';
import { SessionContext, type SessionActions, type SessionInfo, type SessionState } from './session-context';
import { useIdleLock } from './use-idle-lock';

type Action =
  | { type: 'open'; info: SessionInfo }
  | { type: 'refresh'; info: SessionInfo }
  | { type: 'lock' }
  | { type: 'unlock'; info: SessionInfo }
  | { type: 'end'; notice: string | null };

function reduce(state: SessionState, action: Action): SessionState {
  switch (action.type) {
    case 'open':
      return { info: action.info, locked: false, notice: null };
    case 'refresh':
      return state.info ? { ...state, info: action.info } : state;
    case 'lock':
      return state.info ? { ...state, locked: true } : state;
    case 'unlock':
      return { ...state, info: action.info, locked: false };
    case 'end':
      return { info: null, locked: false, notice: action.notice };
  }
}

const INITIAL: SessionState = { info: null, locked: false, notice: null };

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, dispatch] = useReducer(reduce, INITIAL);

  // Every session info carries the office's zone, locale and currency (an admin may just have
  // changed them): the format module takes them before the screens render with the new info.
  const open = useCallback((info: SessionInfo) => {
    configureFormat(info.office);
    setSessionId(info.sessionId);
    dispatch({ type: 'open', info });
  }, []);
  const refresh = useCallback((info: SessionInfo) => {
    configureFormat(info.office);
    dispatch({ type: 'refresh', info });
  }, []);
  const lock = useCallback(() => dispatch({ type: 'lock' }), []);
  const unlock = useCallback((info: SessionInfo) => {
    configureFormat(info.office);
    dispatch({ type: 'unlock', info });
  }, []);
  const end = useCallback((notice: string | null) => {
    setSessionId(null);
    dispatch({ type: 'end', notice });
  }, []);
  const logout = useCallback(async () => {
    // Whatever the answer, this window forgets the session.
    await call('auth.logout', {});
    end(null);
  }, [end]);

  useEffect(
    () =>
      onSessionSignal((signal) => {
        if (signal.kind === 'locked') lock();
        else end(signal.message);
      }),
    [lock, end],
  );
  useEffect(() => onAppLock(lock), [lock]);
  useIdleLock(state.info && !state.locked ? state.info.idleLockMinutes : null, lock, refresh);

  const value = useMemo(
    () => ({ ...state, open, refresh, lock, unlock, end, logout }) satisfies SessionState & SessionActions,
    [state, open, refresh, lock, unlock, end, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
