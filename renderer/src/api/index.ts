export { call, millisSinceLastCall, onAnswered, onSessionSignal, setSessionId } from './client';
export type { ApiError, Input, Output, ProcedureName, Result, SessionSignal } from './client';
export { onAppLock } from './transport';
