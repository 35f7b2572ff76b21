import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as spanish from '@zxcvbn-ts/language-es-es';
import { FIRST_ADMIN } from '../../../db/seed/users';
import { MIN_PASSWORD_LENGTH } from '../contract/fields';
import { AppError } from '../errors';

/**
 * What a new password must be: long, not the person's own name or username, not a common
 * password or a keyboard walk (zxcvbn's dictionaries: common passwords of many languages and
 * Spanish words), and never the factory password a new office starts with.
 *
 * zxcvbn's scale is 0–4: 3 is "safely unguessable" for an online attack held back by the lockout.
 */
const MIN_SCORE = 3;
/** The first admin's password of an empty office, published in the README. */
const FACTORY_PASSWORD = FIRST_ADMIN.password;
/** Words anybody in the office would try first. */
const OFFICE_WORDS = ['ventanilla', 'acueducto', 'alcantarillado', 'aseo', 'serviweb', 'oficina', 'caja', 'admin'];

let estimator: ZxcvbnFactory | undefined;
/** Built on first use: the dictionaries take a moment to rank. */
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...spanish.dictionary },
    graphs: common.adjacencyGraphs,
  }));

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The parts of who the password belongs to that must not be in it (3 letters or more). */
function personalWords(person: { username: string; fullName: string }): string[] {
  const words = [person.username, ...person.fullName.split(/[\s.,'-]+/)].map(fold).filter((w) => w.length >= 3);
  return [...new Set(words)];
}

/** Why the password is refused, in Spanish, or null when it may be used. */
export function passwordProblem(password: string, person: { username: string; fullName: string }): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Contraseña: mínimo ${MIN_PASSWORD_LENGTH} caracteres`;
  if (password === FACTORY_PASSWORD) return 'Contraseña: es la contraseña de fábrica; elija otra';
  const folded = fold(password);
  const own = personalWords(person).find((w) => folded.includes(w));
  if (own) return 'Contraseña: no puede contener su usuario ni su nombre';
  const result = strength().check(password, [...personalWords(person), ...OFFICE_WORDS, fold(FACTORY_PASSWORD)]);
  if (result.score < MIN_SCORE) {
    return 'Contraseña: es muy común o fácil de adivinar; use una frase o mezcle palabras poco relacionadas';
  }
  return null;
}

/** Refuses a password on its field (`field` is the input's name: password, next). */
export function assertStrongPassword(password: string, person: { username: string; fullName: string }, field: string): void {
  const problem = passwordProblem(password, person);
  if (problem) throw new AppError('VALIDATION', problem, { issues: [{ field, message: problem }] });
}
