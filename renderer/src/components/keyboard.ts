import type { KeyboardEvent } from 'react';

/**
 * Enter moves forward, as at the Serviweb counter and at the cash desk, in a field whose Enter
 * has no other meaning. Shift+Enter keeps its own meaning (a new line in the observación).
 */
export function onEnter(event: KeyboardEvent, next: () => void): void {
  if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
  event.preventDefault();
  next();
}

/**
 * Focus an element on the next frame, once React has shown it, and bring it into view clear of
 * the sticky GUARDAR bar (the form's fields carry a scroll margin for it).
 */
export function focusSoon(target: () => HTMLElement | null | undefined): void {
  window.requestAnimationFrame(() => {
    const element = target();
    if (!element) return;
    // Already there (a fast typist, a scanner): selecting now would let the next key replace
    // what was just typed.
    const typing = element === document.activeElement;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'nearest' });
    if (!typing && element instanceof HTMLInputElement && element.type !== 'date') element.select();
  });
}

/** Room kept below a focused field for the sticky bar at the bottom of a long form. */
export const CLEAR_OF_STICKY_BAR = { '& input, & textarea, & button': { scrollMarginBottom: '72px', scrollMarginTop: '12px' } };
