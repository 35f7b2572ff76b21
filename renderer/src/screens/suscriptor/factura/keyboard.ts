import type { KeyboardEvent } from 'react';

/**
 * Enter moves forward, as at the Serviweb counter, in a field whose Enter has no other meaning.
 * Shift+Enter keeps its own meaning (a new line in the observación).
 */
export function onEnter(event: KeyboardEvent, next: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  next();
}

/** Focus an element on the next frame, once React has shown it. */
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  window.requestAnimationFrame(() => {
    const element = target();
    element?.focus();
    if (element instanceof HTMLInputElement && element.type !== 'date') element.select();
  });
}
