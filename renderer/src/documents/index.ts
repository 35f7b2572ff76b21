export { DocumentPreview } from './DocumentPreview';
export { PrintButton } from './print/PrintButton';
export { differenceLabel } from './caja/caja-text';
export type { CloseReport } from './caja/CloseTables';
export type { Receipt } from './caja/ReceiptTables';
export type { DailyReport } from './informe/daily-sections';
export type { Company } from './layout/DocumentSheet';
