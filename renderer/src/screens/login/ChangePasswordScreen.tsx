import Button from '@mui/material/Button';
import { useSession } from '../../app/session-context';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Before anything else when the account has a first or reset password. */
export function ChangePasswordScreen() {
  const { info, refresh, logout } = useSession();
  return (
    <AuthLayout
      title="Cambie su contraseña"
      subtitle={`${info?.user.fullName ?? ''}: su contraseña es inicial o fue restablecida. Elija una nueva para continuar.`}
    >
      <ChangePasswordForm onChanged={refresh} actions={<Button onClick={() => void logout()}>Cerrar sesión</Button>} />
    </AuthLayout>
  );
}
