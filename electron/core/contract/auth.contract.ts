import { z } from 'zod';
import { ROLES } from '../../../db/schema/enums';
import { MODULE_NAMES } from '../auth/modules';
import { officeFormat } from './company.contract';
import { mutation, query } from './define';
import { newPassword, passwordAttempt, username } from './fields';

export const sessionUser = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  documentNumber: z.string(),
  role: z.enum(ROLES),
});

export const sessionInfo = z.object({
  sessionId: z.string(),
  user: sessionUser,
  modules: z.array(z.enum(MODULE_NAMES as [string, ...string[]])),
  workstation: z.string(),
  /** Civil date at the office. */
  today: z.string(),
  /** How the window writes dates, times and amounts: the office's zone, the company's locale and currency. */
  office: officeFormat,
  idleLockMinutes: z.number(),
  mustChangePassword: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const authContract = {
  'auth.login': mutation('public', z.strictObject({ username, password: passwordAttempt }), sessionInfo),
  /** Re-enter the password of a session locked for inactivity; the screen stays as it was. */
  'auth.unlock': mutation('locked', z.strictObject({ password: passwordAttempt }), sessionInfo),
  'auth.logout': mutation('locked', z.strictObject({}), z.object({ done: z.literal(true) })),
  'auth.session': query('session', z.strictObject({}), sessionInfo),
  'auth.changePassword': mutation('session', z.strictObject({ current: passwordAttempt, next: newPassword }), sessionInfo),
};
