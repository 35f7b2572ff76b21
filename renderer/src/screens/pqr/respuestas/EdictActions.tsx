import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { NotificationView } from '../../../../../electron/core/contract/notifications.contract';
import { useSessionInfo } from '../../../app/session-context';
import { PrintButton } from '../../../documents';
import { formatDate } from '../../../format/format';

interface Props {
  edict: NotificationView;
  onRemove(): void;
}

/** IMPRIMIR the edicto; DESFIJAR from its removal date on. */
export function EdictActions({ edict, onRemove }: Props) {
  const { today } = useSessionInfo();
  const early = edict.removalOn !== null && today < edict.removalOn;
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      {edict.number && <PrintButton type="EDICTO" number={edict.number} label="IMPRIMIR EDICTO" />}
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
