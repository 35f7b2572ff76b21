import { useCallback, useEffect, useRef, useState } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Puts the focus on an element once React has committed the change that shows it. After an
 * answer from the core, React may render after the next frame on a busy machine, so a
 * requestAnimationFrame could look for a field that is not there yet.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const pending = useRef<Target | null>(null);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    const element = pending.current?.();
    pending.current = null;
    element?.focus();
    if (element instanceof HTMLInputElement) element.select();
  }, [request]);

  return useCallback((target: Target) => {
    pending.current = target;
    setRequest((n) => n + 1);
  }, []);
}
