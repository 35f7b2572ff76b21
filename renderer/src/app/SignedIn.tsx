import { ChangePasswordScreen } from '../screens/login/ChangePasswordScreen';
import { LockScreen } from './LockScreen';
import { SessionQueries } from './SessionQueries';
import type { SessionInfo } from './session-context';
import { Shell } from './Shell';

/** Everything after the login: the session's cache, the first password or the shell, the lock. */
export function SignedIn({ info, locked }: { info: SessionInfo; locked: boolean }) {
  return (
    <SessionQueries sessionId={info.sessionId}>
      {/* A new session (another user) starts from a fresh shell. */}
      {info.mustChangePassword ? <ChangePasswordScreen /> : <Shell key={info.sessionId} />}
      {locked && <LockScreen />}
    </SessionQueries>
  );
}
