import type { reportsContract } from '../contract/reports.contract';
import type { HandlersOf } from '../handler';
import { dailyReport, dashboard } from './daily';

export const reportsHandlers = {
  'reports.daily': (ctx, input) => dailyReport(ctx, input.date),
  'reports.dashboard': (ctx, input) => dashboard(ctx, input.date),
} satisfies HandlersOf<typeof reportsContract>;
