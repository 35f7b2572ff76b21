import { z } from 'zod';

/** Messages zod writes itself (unknown keys, wrong shapes) come out in Spanish too. */
z.config(z.locales.es());

/**
 * Field schemas shared by the contract and the screens' forms, each with its Spanish message.
 * Text is trimmed and refuses control characters, so what is stored prints cleanly.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: escriba un texto` })
    .trim()
    .max(max, { error: `${label}: máximo ${max} caracteres` })
    .refine((s) => !CONTROL.test(s), { error: `${label}: contiene caracteres no válidos` });

export const requiredText = (label: string, max: number) =>
  text(label, max).refine((s) => s.length > 0, { error: `${label}: es obligatorio` });

/** One-line text: no line breaks either. */
export const lineText = (label: string, max: number) =>
  text(label, max).refine((s) => !/[\r\n]/.test(s), { error: `${label}: debe ir en una sola línea` });

export const subscriberCode = z
  .string({ error: 'Código del suscriptor: escriba el código' })
  .trim()
  .min(1, { error: 'Código del suscriptor: es obligatorio' })
  .max(12, { error: 'Código del suscriptor: máximo 12 dígitos' })
  .regex(/^\d+$/, { error: 'Código del suscriptor: solo dígitos' });

export const civilDate = z.iso.date({ error: 'Fecha: use el formato AAAA-MM-DD' });

export const id = z.number({ error: 'Identificador no válido' }).int().positive().max(Number.MAX_SAFE_INTEGER);

export const money = z
  .number({ error: 'Valor: escriba un número' })
  .int({ error: 'Valor: en pesos enteros' })
  .min(-1e13)
  .max(1e13, { error: 'Valor: demasiado grande' });

export const searchQuery = z
  .string({ error: 'Búsqueda: escriba un texto' })
  .max(100, { error: 'Búsqueda: máximo 100 caracteres' });

export const username = z
  .string({ error: 'Usuario: es obligatorio' })
  .trim()
  .toLowerCase()
  .min(3, { error: 'Usuario: mínimo 3 caracteres' })
  .max(40, { error: 'Usuario: máximo 40 caracteres' })
  .regex(/^[a-z0-9._-]+$/, { error: 'Usuario: solo letras sin tilde, números, punto, guion' });

/** A password as typed at login: never trimmed, only bounded. */
export const passwordAttempt = z
  .string({ error: 'Contraseña: es obligatoria' })
  .min(1, { error: 'Contraseña: es obligatoria' })
  .max(200, { error: 'Contraseña: máximo 200 caracteres' });

/** A new password: long enough and not trivially guessed. */
export const newPassword = z
  .string({ error: 'Contraseña: es obligatoria' })
  .min(8, { error: 'Contraseña: mínimo 8 caracteres' })
  .max(200, { error: 'Contraseña: máximo 200 caracteres' })
  .refine((s) => /[A-Za-zÁÉÍÓÚÑáéíóúñ]/.test(s) && /\d/.test(s), {
    error: 'Contraseña: debe tener letras y números',
  });
