import LinearProgress from '@mui/material/LinearProgress';
import { Suspense, useEffect } from 'react';
import { LoginScreen } from '../screens/login/LoginScreen';
import { lazyPart } from './lazy-part';
import { useSession } from './session-context';

/**
 * The login is all the first load carries; the rest of the application (shell, menus, the
 * contract's forms) is fetched once the login is on screen, while the user types.
 */
const SignedIn = lazyPart(() => import('./SignedIn'))((m) => m.SignedIn);

export function App() {
  const { info, locked } = useSession();
  useEffect(() => {
    const timer = setTimeout(() => void SignedIn.preload(), 0);
    return () => clearTimeout(timer);
  }, []);
  if (!info) return <LoginScreen />;
  return (
    <Suspense fallback={<LinearProgress aria-label="Abriendo la aplicación" />}>
      <SignedIn info={info} locked={locked} />
    </Suspense>
  );
}
