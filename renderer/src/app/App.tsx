import { LoginScreen } from '../screens/login/LoginScreen';
import { ChangePasswordScreen } from '../screens/login/ChangePasswordScreen';
import { LockScreen } from './LockScreen';
import { SessionQueries } from './SessionQueries';
import { useSession } from './session-context';
import { Shell } from './Shell';

export function App() {
  const { info, locked } = useSession();
  if (!info) return <LoginScreen />;
  return (
    <SessionQueries sessionId={info.sessionId}>
      {/* A new session (another user) starts from a fresh shell. */}
      {info.mustChangePassword ? <ChangePasswordScreen /> : <Shell key={info.sessionId} />}
      {locked && <LockScreen />}
    </SessionQueries>
  );
}
