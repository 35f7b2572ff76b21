import type { KeyboardEvent } from 'react';
import { focusSoon, onEnter } from '../../../components/keyboard';

const FIELDS = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';

/** The field named `name` in a form (its message's field), to put the focus on it. */
export const fieldNamed = (root: HTMLElement | null, name: string) =>
  root?.querySelector<HTMLElement>(`[name="${name}"]`) ?? null;

/**
 * Enter moves to the next field of the element handling the key, as at the counter; after the
 * last one, to `last` (GUARDAR or the titular's lookup). Shift+Enter keeps a new line in a text area. An Enter
 * already taken (a document added to the list) or meant for a form of its own (the tercero's
 * lookup) is left alone.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>, last: () => HTMLElement | null | undefined): void {
  if (event.defaultPrevented || (event.target as HTMLElement).closest('form')) return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FIELDS)];
  onEnter(event, () => {
    const at = fields.indexOf(event.target as HTMLElement);
    focusSoon(() => (at >= 0 && at < fields.length - 1 ? fields[at + 1] : last()));
  });
}
