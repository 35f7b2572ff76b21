export { AgreementDocument, type Agreement, type AgreementSubscriber } from './acuerdo/AgreementDocument';
export { VoidNoticeDocument } from './anulacion/VoidNoticeDocument';
export { FacturaDocument, type Invoice } from './factura/FacturaDocument';
export { DailyReportDocument, dailyReportNumber } from './informe/DailyReportDocument';
export type { DailyReport } from './informe/daily-sections';
export type { Company } from './layout/DocumentSheet';
export { DocumentPreview } from './DocumentPreview';
export { PrintButton } from './print/PrintButton';
export { TestPageDocument } from './prueba/TestPageDocument';
