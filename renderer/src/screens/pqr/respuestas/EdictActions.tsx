import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { NotificationView } from '../../../../../electron/core/contract/notifications.contract';
import { useSessionInfo } from '../../../app/session-context';
import { formatDate } from '../../../format/format';
import type { CompanyProfile } from '../../suscriptor/factura/use-company';
import { EdictPrintButton } from './EdictPrintButton';
import { useProcedure } from './use-procedure';

interface Props {
  edict: NotificationView;
  company: CompanyProfile | null;
  onRemove(): void;
}

/** IMPRIMIR the edicto; DESFIJAR from its removal date on. */
export function EdictActions({ edict, company, onRemove }: Props) {
  const { today } = useSessionInfo();
  const view = useProcedure('notifications.edict', edict.number ? { number: edict.number } : null);
  const early = edict.removalOn !== null && today < edict.removalOn;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      {view.data && <EdictPrintButton edict={view.data} company={company} label="IMPRIMIR EDICTO" />}
      {edict.result === 'EN_CURSO' && (
        <Button
          variant="outlined"
          onClick={onRemove}
          disabled={early}
          title={early ? `Se desfija el ${formatDate(edict.removalOn!)}` : undefined}
        >
          {early ? `DESFIJAR desde el ${formatDate(edict.removalOn!)}` : 'DESFIJAR'}
        </Button>
      )}
    </Box>
  );
}
