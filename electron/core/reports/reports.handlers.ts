import type { reportsContract } from '../contract/reports.contract';
import type { HandlersOf } from '../handler';
import { dailyReport, dashboard } from './daily';
import { suiReport } from './sui';

export const reportsHandlers = {
  'reports.daily': (ctx, input) => dailyReport(ctx, input.date),
  'reports.dashboard': (ctx, input) => dashboard(ctx, input.date),
  'reports.sui': (ctx, input) => suiReport(ctx, input.month),
} satisfies HandlersOf<typeof reportsContract>;
