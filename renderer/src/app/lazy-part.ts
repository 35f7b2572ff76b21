import { createElement, lazy, type ComponentType } from 'react';

export type LazyPart<P> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * Code loaded apart from the first screen: `preload()` fetches it ahead (once), and once loaded
 * the part is its own component with nothing to wait for (no Suspense fallback, which React would
 * keep for a moment). Until then it suspends: the caller puts a Suspense around it.
 */
export const lazyPart = <M>(load: () => Promise<M>) => {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const preload = () => (loading ??= load().then((module) => (loaded = module)));
  return <P extends object>(pick: (module: M) => ComponentType<P>): LazyPart<P> => {
    const Waiting = lazy(async () => ({ default: pick(await preload()) }));
    const Part = (props: P) => (loaded ? createElement(pick(loaded), props) : createElement(Waiting, props));
    return Object.assign(Part, { preload });
  };
};
