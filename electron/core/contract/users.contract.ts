import { z } from 'zod';
import { ROLES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { id, lineText, newPassword, requiredText, username } from './fields';

const admin = rolesOf('ADMINISTRACION');

export const userRow = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  documentNumber: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
});

const role = z.enum(ROLES, { error: 'Rol: elija uno de la lista' });
const documentNumber = lineText('Cédula', 20).regex(/^\d*$/, { error: 'Cédula: solo dígitos' });

export const usersContract = {
  'users.list': query(admin, z.strictObject({}), z.array(userRow)),
  'users.create': mutation(
    admin,
    z.strictObject({
      username,
      fullName: requiredText('Nombre completo', 80),
      documentNumber,
      role,
      password: newPassword,
    }),
    userRow,
  ),
  'users.setActive': mutation(admin, z.strictObject({ userId: id, active: z.boolean() }), userRow),
  'users.setRole': mutation(admin, z.strictObject({ userId: id, role }), userRow),
  /** Also clears a lockout. */
  'users.resetPassword': mutation(admin, z.strictObject({ userId: id, password: newPassword }), userRow),
};
