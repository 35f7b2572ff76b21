/** REPORTES' screens, loaded when the menu first opens one of them. */
export { DashboardScreen } from './dashboard/DashboardScreen';
export { DailyReportScreen } from './DailyReportScreen';
export { ExportScreen } from './ExportScreen';
export { SuiScreen } from './SuiScreen';
