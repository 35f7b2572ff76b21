import { PHOTO_MIME_TYPES, type FieldReportInput } from '../../../../../electron/core/contract/fieldwork.contract';
import type { Output } from '../../../api';
import { formatNumber } from '../../../format/format';

export type ProductRow = Output<'products.list'>[number];

export interface MaterialDraft {
  product: ProductRow;
  quantity: number;
}

export interface PhotoDraft {
  fileName: string;
  mimeType: string;
  bytes: number;
  dataBase64: string;
}

/** The Registrar informe form as typed. */
export interface ReportDraft {
  visitedOn: string;
  findings: string;
  actions: string;
  /** As typed: '' = not read. */
  meterReading: string;
  done: boolean | null;
  materials: MaterialDraft[];
  photos: PhotoDraft[];
}

export const emptyReport = (today: string): ReportDraft => ({
  visitedOn: today,
  findings: '',
  actions: '',
  meterReading: '',
  done: null,
  materials: [],
  photos: [],
});

/** What GUARDAR sends; the contract's schema judges it, here and in the core. */
export function reportInput(filingNumber: string, draft: ReportDraft): Record<keyof FieldReportInput, unknown> {
  const reading = draft.meterReading.trim();
  return {
    filingNumber,
    visitedOn: draft.visitedOn,
    findings: draft.findings,
    actions: draft.actions,
    meterReading: reading === '' ? null : Number(reading.replace(/\./g, '')),
    done: draft.done ?? undefined,
    materials: draft.materials.map((m) => ({ productId: m.product.id, quantity: m.quantity })),
    photos: draft.photos.map(({ fileName, mimeType, dataBase64 }) => ({ fileName, mimeType, dataBase64 })),
  };
}

export const isPhotoType = (type: string): boolean => (PHOTO_MIME_TYPES as readonly string[]).includes(type);

export const sizeLabel = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`
    : `${formatNumber(bytes / (1024 * 1024), 1)} MB`;

/** A chosen file as the contract carries it: its bytes in base64. */
export function readPhoto(file: File): Promise<PhotoDraft> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('No se pudo leer el archivo'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ fileName: file.name, mimeType: file.type, bytes: file.size, dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}
