import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { APPLICANT_KINDS, type ApplicantKind } from '../../../../../db/schema/enums';
import { may } from '../../../../../electron/core/contract/may';
import type { RequirementItem } from '../../../api/pqr';
import { useSessionInfo } from '../../../app/session-context';
import { FormStep } from '../../../components/FormStep';
import { focusSoon, onEnter } from '../../../components/keyboard';
import { APPLICANT_LABELS } from '../../../format/labels';
import { CatalogSelect } from './CatalogSelect';
import { MissingNoticeOffer } from './MissingNoticeOffer';
import type { MissingNoticeFacts } from './pqr-draft';

type ChecklistState = { items: readonly RequirementItem[] | undefined; error: string | null } | null;

interface Props {
  n: number;
  applicant: ApplicantKind | null;
  onApplicant(kind: ApplicantKind | null): void;
  applicantError?: string;
  applicantRef: RefObject<HTMLSelectElement | null>;
  /** null until tipo, causal and solicitante are known. */
  checklist: ChecklistState;
  presented: readonly number[];
  onToggle(id: number): void;
  /** The core's refusal about the documents (a required one missing). */
  refusal?: string;
  /** What the Documentación faltante would say, once the refusal is there. */
  notice: MissingNoticeFacts | null;
  boxRef: RefObject<HTMLDivElement | null>;
  /** Past the step: the agenda or the observación. */
  onNext(): void;
}

/**
 * Seed 004 step 3: who asks, and the documents the counter checks for that tipo and causal,
 * each ticked as the user hands it over. The core decides whether the trámite may be radicated.
 */
export function RequirementsStep({
  n,
  applicant,
  onApplicant,
  applicantError,
  applicantRef,
  checklist,
  presented,
  onToggle,
  refusal,
  notice,
  boxRef,
  onNext,
}: Props) {
  const { user } = useSessionInfo();
  // Enter on the solicitante asks for the focus; it is given once the list is read.
  const [focusRequest, setFocusRequest] = useState(0);
  const handled = useRef(0);
  const reading = checklist !== null && checklist.items === undefined && checklist.error === null;

  // To the first document, or on past the step when there is none to tick.
  useEffect(() => {
    if (focusRequest === handled.current || reading) return;
    handled.current = focusRequest;
    const first = boxRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (first) focusSoon(() => first);
    else onNext();
  }, [focusRequest, reading, boxRef, onNext]);

  const lacking = checklist?.items?.some((r) => r.required && !presented.includes(r.id)) ?? false;

  return (
    <FormStep n={n} title="Solicitante y documentos">
      <Box ref={boxRef}>
        <Box sx={{ display: 'grid', gridTemplateColumns: '280px minmax(0, 1fr)', gap: 2, alignItems: 'start' }}>
          <CatalogSelect
            label="Solicitante"
            name="applicantKind"
            value={applicant}
            options={APPLICANT_KINDS.map((k) => ({ value: k, label: APPLICANT_LABELS[k] }))}
            onChange={onApplicant}
            onNext={() => setFocusRequest((n) => n + 1)}
            error={applicantError}
            helperText={applicant ? undefined : 'Elija primero el tercero'}
            inputRef={applicantRef}
          />
          <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
            <FormLabel component="legend" sx={{ fontSize: '0.8rem' }}>
              Documentos que presenta el usuario
            </FormLabel>
            <Checklist
              checklist={checklist}
              presented={presented}
              onToggle={onToggle}
              onNext={onNext}
              flagMissing={Boolean(refusal)}
            />
          </Box>
        </Box>
        {refusal && (
          <Alert severity="error" role="alert" sx={{ mt: 1.5 }}>
            {refusal}
          </Alert>
        )}
        {refusal && lacking && notice && may('pqr.missingNotice', user.role) && (
          <Box sx={{ mt: 1.5 }}>
            <MissingNoticeOffer facts={notice} />
          </Box>
        )}
      </Box>
    </FormStep>
  );
}

interface ChecklistProps extends Pick<Props, 'presented' | 'onToggle' | 'onNext'> {
  checklist: ChecklistState;
  /** After a refusal: the required documents not ticked are marked. */
  flagMissing: boolean;
}

/** Each document a checkbox (Space ticks it, Enter goes on), marked requerido or opcional. */
function Checklist({ checklist, presented, onToggle, onNext, flagMissing }: ChecklistProps) {
  const hint = (text: string) => (
    <Typography variant="body2" color="text.secondary">
      {text}
    </Typography>
  );
  if (checklist === null) return hint('Elija tipo de trámite, causal y solicitante para ver los documentos que se piden.');
  if (checklist.error) return <Alert severity="error">{checklist.error}</Alert>;
  if (!checklist.items) return <LinearProgress aria-label="Consultando los documentos" sx={{ mt: 1 }} />;
  if (checklist.items.length === 0) return hint('Este trámite no pide documentos a este solicitante.');
  return (
    <FormGroup aria-label="Documentos que presenta el usuario">
      {checklist.items.map((r) => {
        const ticked = presented.includes(r.id);
        return (
          <FormControlLabel
            key={r.id}
            control={
              <Checkbox
                size="small"
                name={`requirement-${r.id}`}
                checked={ticked}
                onChange={() => onToggle(r.id)}
                onKeyDown={(e) => onEnter(e, onNext)}
              />
            }
            label={
              <>
                {r.name}{' '}
                <Chip
                  size="small"
                  variant="outlined"
                  label={r.required ? 'requerido' : 'opcional'}
                  color={flagMissing && r.required && !ticked ? 'error' : r.required ? 'primary' : 'default'}
                  sx={{ ml: 0.5 }}
                />
              </>
            }
          />
        );
      })}
    </FormGroup>
  );
}
