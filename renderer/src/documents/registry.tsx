import type { ReactElement } from 'react';
import type { DocumentView } from '../../../electron/core/contract/documents.contract';
import { AgreementDocument } from './acuerdo/AgreementDocument';
import { RouteSheet } from './agenda/RouteSheet';
import { VoidNoticeDocument } from './anulacion/VoidNoticeDocument';
import { CloseReportDocument } from './caja/CloseReportDocument';
import { ReceiptDocument } from './caja/ReceiptDocument';
import { ReceiptVoidDocument } from './caja/ReceiptVoidDocument';
import { CouponDocument } from './cupon/CouponDocument';
import { EdictDocument } from './edicto/EdictDocument';
import { MissingDocumentsDocument } from './faltante/MissingDocumentsDocument';
import { NoDebtCertificateDocument } from './no-adeudo/NoDebtCertificateDocument';
import { NameChangeConstanciaDocument } from './cambio-nombre/NameChangeConstanciaDocument';
import { StatementDocument } from './estado-cuenta/StatementDocument';
import { FacturaDocument } from './factura/FacturaDocument';
import { DailyReportDocument } from './informe/DailyReportDocument';
import { WorkOrderDocument } from './orden-trabajo/WorkOrderDocument';
import { TestPageDocument } from './prueba/TestPageDocument';
import { ResponseLetterDocument } from './respuesta/ResponseLetterDocument';
import { SolicitudTramiteDocument } from './solicitud/SolicitudTramiteDocument';

/**
 * The one registry of printed documents: what documents.get answers, as its component. The
 * print service renders it to HTML in the main process (react-dom/server, plain Node: nothing
 * here may touch the DOM or import a stylesheet); the screens render it for the preview.
 */
export function renderDocument(doc: DocumentView, reprint: number): ReactElement {
  const { company } = doc;
  const roll = doc.target === 'RECEIPT';
  switch (doc.type) {
    case 'FACTURA':
      return <FacturaDocument invoice={doc.invoice} company={company} reprint={reprint} />;
    case 'ANULACION_FACTURA':
      return <VoidNoticeDocument invoice={doc.invoice} company={company} reprint={reprint} />;
    case 'ACUERDO':
      return (
        <AgreementDocument
          agreement={doc.agreement}
          subscriber={doc.subscriber}
          party={doc.party}
          company={company}
          reprint={reprint}
        />
      );
    case 'PRUEBA':
      return (
        <TestPageDocument company={company} config={doc.config} number={doc.number} printedAt={doc.printedAt} reprint={reprint} />
      );
    case 'CUPON':
      return <CouponDocument coupon={doc.coupon} company={company} reprint={reprint} />;
    case 'RECIBO':
      return <ReceiptDocument receipt={doc.receipt} company={company} reprint={reprint} roll={roll} />;
    case 'ANULACION_RECIBO':
      return <ReceiptVoidDocument receipt={doc.receipt} company={company} reprint={reprint} roll={roll} />;
    case 'CORTE_CAJA':
      return <CloseReportDocument report={doc.report} company={company} reprint={reprint} />;
    case 'ESTADO_CUENTA':
      return <StatementDocument statement={doc.statement} company={company} reprint={reprint} />;
    case 'INFORME_DIARIO':
      return (
        <DailyReportDocument
          report={doc.report}
          company={company}
          reprint={reprint}
          generatedBy={doc.generatedBy}
          generatedAt={doc.generatedAt}
        />
      );
    case 'HOJA_RUTA':
      return <RouteSheet day={doc.day} company={company} reprint={reprint} printedBy={doc.printedBy} />;
    case 'ORDEN_TRABAJO':
      return <WorkOrderDocument order={doc.order} company={company} reprint={reprint} />;
    case 'RESPUESTA':
      return <ResponseLetterDocument letter={doc.letter} company={company} reprint={reprint} />;
    case 'EDICTO':
      return (
        <EdictDocument
          edict={{ edict: doc.edict, letter: doc.letter, businessDays: doc.businessDays }}
          company={company}
          reprint={reprint}
        />
      );
    case 'SOLICITUD_TRAMITE':
      return <SolicitudTramiteDocument request={doc.request} company={company} reprint={reprint} />;
    case 'DOCUMENTACION_FALTANTE':
      return <MissingDocumentsDocument notice={doc.notice} company={company} reprint={reprint} />;
    case 'CERTIFICADO_NO_ADEUDO':
      return (
        <NoDebtCertificateDocument certificate={doc.certificate} validDays={doc.validDays} company={company} reprint={reprint} />
      );
    case 'CONSTANCIA_CAMBIO_NOMBRE':
      return <NameChangeConstanciaDocument constancia={doc.constancia} company={company} reprint={reprint} />;
  }
}
