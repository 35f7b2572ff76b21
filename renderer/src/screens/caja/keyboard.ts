import type { KeyboardEvent } from 'react';

/** Enter moves forward at the cash desk, in a field whose Enter has no other meaning. */
export function onEnter(event: KeyboardEvent, next: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  next();
}

/** Focus (and select, for a text field) once React has shown the element. */
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  window.requestAnimationFrame(() => {
    const element = target();
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
  });
}

/**
 * Puts the focus back on `element` when nothing useful has it: collecting a document for
 * printing focuses its hidden frame, and the cashier's next Enter must still land.
 */
export function refocusIfLost(element: HTMLElement | null): void {
  const current = document.activeElement;
  if (!current || current === document.body || current.tagName === 'IFRAME') element?.focus();
}
