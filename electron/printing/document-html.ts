import { renderToStaticMarkup } from 'react-dom/server';
import type { DocumentView } from '../core/contract/documents.contract';
import { renderDocument } from '../../renderer/src/documents/registry';
import { withFormat } from '../../renderer/src/format/format';

/**
 * A document's printed body: the registry's component rendered here, in the main process,
 * from what documents.get answered, in the office's time zone, locale and currency.
 */
export const documentHtml = (doc: DocumentView, reprint: number): string =>
  withFormat(doc.office, () => renderToStaticMarkup(renderDocument(doc, reprint)));
