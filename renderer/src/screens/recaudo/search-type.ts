import { subscriberCode } from '../../../../electron/core/contract/fields';
import type { SubscriberSummary } from '../../api/subscribers';

export type { SubscriberSummary };

/** Seed 001 step 18: "Tipo de búsqueda" — by código, by the titular's name or cédula. */
export const SEARCH_TYPES = ['CODIGO', 'NOMBRE', 'CEDULA'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_TYPE_LABELS: Record<SearchType, string> = { CODIGO: 'Código', NOMBRE: 'Nombre', CEDULA: 'Cédula' };

/** Accents and case do not matter when a name is typed at the counter. */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const wordsOf = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/** A cédula as people write it: "40.781.235" is 40781235. */
const digitsOf = (s: string) => s.replace(/[.\s-]/g, '');

export interface SearchRequest {
  type: SearchType;
  /** What goes to the core: the código, or the text for the full-text search. */
  query: string;
}

/** The typed text checked for the chosen type: what to ask the core, or what to fix. */
export function searchRequest(type: SearchType, text: string): SearchRequest | { problem: string } {
  const typed = text.trim();
  if (type === 'CODIGO') {
    const code = subscriberCode.safeParse(typed);
    return code.success ? { type, query: code.data } : { problem: code.error.issues[0]?.message ?? 'Código: revise el valor' };
  }
  if (type === 'CEDULA') {
    const digits = digitsOf(typed);
    if (!/^\d{3,15}$/.test(digits)) return { problem: 'Cédula: escriba al menos 3 dígitos, sin letras' };
    return { type, query: digits };
  }
  const words = wordsOf(typed);
  if (words.join('').length < 2) return { problem: 'Nombre: escriba al menos 2 letras del nombre o apellido' };
  if (words.some((w) => /\d/.test(w)))
    return { problem: 'Nombre: sin números (para el código o la cédula cambie el tipo de búsqueda)' };
  return { type, query: words.join(' ') };
}

/**
 * The full-text search also finds addresses and códigos: keep the matches of the kind asked
 * for — every word starts a word of the titular's name, or the cédula starts with the digits.
 */
export function fitsSearch(request: SearchRequest, subscriber: SubscriberSummary): boolean {
  if (request.type === 'CODIGO') return subscriber.code === request.query;
  if (request.type === 'CEDULA') return digitsOf(subscriber.ownerDocument).startsWith(request.query);
  const name = wordsOf(subscriber.ownerName);
  return wordsOf(request.query).every((w) => name.some((n) => n.startsWith(w)));
}
