/**
 * Focus (and select, for a text field) once React has shown the element. Unlike the forms'
 * focusSoon (components/keyboard) it lets the browser scroll as usual: the cash desk has no
 * sticky bar to keep clear of.
 */
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
