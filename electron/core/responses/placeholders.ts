/**
 * The {{placeholders}} of a decision template (toma de decisión) and how a draft fills them.
 * Pure: the contract checks templates with it and the screens list the valid names.
 */
export const PLACEHOLDERS = {
  nombre: 'Nombre del usuario (tercero que solicitó)',
  radicado: 'Número de radicado del trámite',
  direccion: 'Dirección del predio',
  codigo: 'Código del suscriptor',
  hallazgos: 'Hallazgos del informe de visita',
  fecha_radicacion: 'Fecha de radicación',
  causal: 'Causal del trámite',
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];

const TOKEN = /\{\{\s*([^{}]*?)\s*\}\}/g;

const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);

/** The {{names}} in a text that are not placeholders, each once, in order. */
export function unknownPlaceholders(body: string): string[] {
  const names = [...body.matchAll(TOKEN)].map((m) => m[1]!);
  return [...new Set(names.filter((n) => !isPlaceholder(n)))];
}

export const validPlaceholdersText = PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(', ');

/** Spanish: which names are wrong and which ones exist. */
export const unknownPlaceholdersMessage = (unknown: readonly string[]) =>
  `Texto: ${unknown.map((n) => `{{${n}}}`).join(', ')} no ${unknown.length === 1 ? 'es un campo' : 'son campos'} de la plantilla. ` +
  `Use solo: ${validPlaceholdersText}`;

/** Whatever is still written between {{ }} after filling: the letter is not ready to print. */
export function leftoverPlaceholders(body: string): string[] {
  return [...new Set([...body.matchAll(TOKEN)].map((m) => m[0]))];
}

/**
 * The template's text with each placeholder replaced by its value. A placeholder without a
 * value stays visible as [name: sin dato] so that the coordinator sees what to write by hand.
 */
export function fillPlaceholders(
  body: string,
  values: Partial<Record<Placeholder, string>>,
): { body: string; unfilled: Placeholder[] } {
  const unfilled = new Set<Placeholder>();
  const filled = body.replace(TOKEN, (token, name: string) => {
    if (!isPlaceholder(name)) return token;
    const value = values[name]?.trim();
    if (value) return value;
    unfilled.add(name);
    return `[${name}: sin dato]`;
  });
  return { body: filled, unfilled: [...unfilled] };
}
