import type { importsContract } from '../contract/imports.contract';
import type { HandlersOf } from '../handler';
import { changeSetting, getSetting } from '../settings/settings';
import { checkMapping, runBatch } from './imports.service';

export const importsHandlers = {
  'imports.check': (ctx, input) => runBatch(ctx, input, false),
  'imports.apply': (ctx, input) => runBatch(ctx, input, true),
  'imports.mapping': (ctx, input) => ({ mapping: getSetting(ctx.db, 'imports.mappings')[input.kind] ?? null }),
  'imports.saveMapping': (ctx, input) => {
    checkMapping(input.kind, input.mapping);
    changeSetting(ctx, 'imports.mappings', { ...getSetting(ctx.db, 'imports.mappings'), [input.kind]: input.mapping });
    return { mapping: input.mapping };
  },
} satisfies HandlersOf<typeof importsContract>;
