import type { NotificationKind, NotificationResult } from '../../../../../db/schema/enums';
import type { NotificationView } from '../../../../../electron/core/contract/notifications.contract';
import { formatDate } from '../../../format/format';

export const KIND_LABELS: Record<NotificationKind, string> = {
  PERSONAL: 'Personal',
  CORREO_CERTIFICADO: 'Correo certificado 4-72',
  ELECTRONICO: 'Correo electrónico',
  EDICTO: 'Edicto',
};

export const RESULT_LABELS: Record<NotificationResult, string> = {
  EN_CURSO: 'En curso',
  NOTIFICADO: 'Notificado',
  FALLIDO: 'Fallido',
};

const day = (d: string | null) => (d ? formatDate(d) : '—');

/** One line with what each kind records: who received, the guide, the address, the edicto's dates. */
export function notificationDetail(n: NotificationView): string {
  switch (n.kind) {
    case 'PERSONAL':
      return n.result === 'NOTIFICADO'
        ? `Recibió ${n.receiverName} (C.C. ${n.receiverDocument}) el ${day(n.resultOn)}`
        : `Intento del ${day(n.resultOn)}`;
    case 'CORREO_CERTIFICADO':
      return `Guía ${n.guideNumber}, enviada el ${day(n.sentOn)}${n.resultOn ? `; resultado el ${day(n.resultOn)}` : ''}`;
    case 'ELECTRONICO':
      return `${n.email}, enviado el ${day(n.sentOn)}${n.resultOn ? `; resultado el ${day(n.resultOn)}` : ''}`;
    case 'EDICTO':
      return `${n.number}: fijado el ${day(n.postedOn)}, se desfija el ${day(n.removalOn)}${n.result === 'NOTIFICADO' ? ` (desfijado el ${day(n.resultOn)})` : ''}`;
  }
}
