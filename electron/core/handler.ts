import type { z } from 'zod';
import type { Ctx } from './context';
import type { Procedure } from './contract/define';

/** The handler map of a contract: one function per procedure, typed by its schemas. */
export type HandlersOf<C extends Record<string, Procedure>> = {
  [N in keyof C]: (ctx: Ctx, input: z.output<C[N]['input']>) => z.input<C[N]['output']>;
};
