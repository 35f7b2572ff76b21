import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { SERVICES } from '../../../../../db/schema/enums';
import { useFreeSlotsAgain } from '../../../api/agenda';
import { FormStep, StickyActions } from '../../../components/FormStep';
import { CLEAR_OF_STICKY_BAR, focusSoon, onEnter } from '../../../components/keyboard';
import { PartyStep } from '../../../components/party/PartyPicker';
import { SubscriberCodeField } from '../../../components/subscriber/SubscriberCodeField';
import { SlotPicker } from '../agenda/SlotPicker';
import { CatalogSelect } from './CatalogSelect';
import { GateNotice } from './GateNotice';
import {
  applicantOf,
  noticeOf,
  observationOf,
  type PqrCatalog,
  type PqrDraft,
  type PqrField,
  type PqrView,
  type SubscriberView,
} from './pqr-draft';
import { RequirementsStep } from './RequirementsStep';
import { usePqrForm } from './use-pqr-form';

interface Props {
  catalog: PqrCatalog;
  today: string;
  onSaved(request: PqrView): void;
  activation: number;
  /** Filled in already (a trámite offered by another screen): the focus goes to the first empty field. */
  start?: Partial<PqrDraft>;
  /** Told whether a subscriber is on the form: a trámite under way, not to be replaced unasked. */
  onUnderWay?(underWay: boolean): void;
}

const grid = (columns: string) => ({ display: 'grid', gridTemplateColumns: columns, gap: 2, alignItems: 'start' });

/**
 * PQR → TRÁMITE in the order of the seeds, keyboard first: Enter moves on, Enter on the código
 * opens the subscriber, Enter on the cédula finds the tercero; a gated causal shows what the
 * system found paid; the solicitante's documents are ticked off the causal's checklist (seed
 * 004); a visit causal asks for a free slot of the agenda.
 */
export function TramiteForm({ catalog, today, onSaved, activation, start, onUnderWay }: Props) {
  const { draft, update, cause, checklist, errors, message, busy, save } = usePqrForm(catalog, onSaved, start);
  const zoneRef = useRef<HTMLSelectElement>(null);
  const channelRef = useRef<HTMLSelectElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const partyRef = useRef<HTMLInputElement>(null);
  const serviceRef = useRef<HTMLSelectElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);
  const causeRef = useRef<HTMLSelectElement>(null);
  const applicantRef = useRef<HTMLSelectElement>(null);
  const requirementsRef = useRef<HTMLDivElement>(null);
  const slotRef = useRef<HTMLDivElement>(null);
  const observationRef = useRef<HTMLTextAreaElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  // Asks the agenda for the focus (it reads its places first).
  const [slotFocus, setSlotFocus] = useState(0);
  const readSlotsAgain = useFreeSlotsAgain();

  // On each activation only: a form started for a subscriber goes on where it is still empty.
  useEffect(() => {
    focusSoon(() => (draft.subscriber ? afterParty() : zoneRef.current));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activation]);

  const underWay = draft.subscriber !== null;
  useEffect(() => {
    onUnderWay?.(underWay);
  }, [underWay, onUnderWay]);

  const targets: Record<PqrField, () => HTMLElement | null | undefined> = {
    zoneId: () => zoneRef.current,
    channelId: () => channelRef.current,
    subscriberCode: () => codeRef.current,
    partyId: () => partyRef.current,
    service: () => serviceRef.current,
    requestTypeId: () => typeRef.current,
    causeId: () => causeRef.current,
    applicantKind: () => applicantRef.current,
    // Refused for a missing document: IMPRIMIR DOCUMENTACIÓN FALTANTE, else the first document.
    requirementsPresented: () =>
      requirementsRef.current?.querySelector<HTMLElement>('button') ??
      requirementsRef.current?.querySelector<HTMLElement>('input[type="checkbox"]'),
    appointment: () => slotRef.current?.querySelector<HTMLElement>('[tabindex="0"], button'),
    observation: () => observationRef.current,
  };

  async function guardar() {
    const wrong = await save();
    if (wrong === 'appointment') {
      // The place may have been taken meanwhile: the agenda as it is now.
      readSlotsAgain();
      setSlotFocus((n) => n + 1);
    } else if (wrong) focusSoon(targets[wrong]);
  }

  function opened(subscriber: SubscriberView) {
    const zone = catalog.zones.find((z) => z.name === subscriber.zoneName);
    update(
      (d) => ({
        subscriber,
        code: subscriber.code,
        zoneId: d.zoneId ?? zone?.id ?? null,
        ...(d.party && !d.partyIsDefault ? {} : { party: subscriber.owner, partyIsDefault: true }),
      }),
      'subscriberCode',
      'partyId',
    );
    // The titular is already the tercero: straight on to what is still to fill.
    focusSoon(afterParty);
  }

  /** Once the tercero is settled: the first of servicio, tipo de trámite and causal still empty, else the solicitante. */
  function afterParty(): HTMLElement | null | undefined {
    if (!draft.service) return serviceRef.current;
    if (draft.requestTypeId === null) return typeRef.current;
    if (draft.causeId === null) return causeRef.current;
    return applicantRef.current;
  }

  /** Past the solicitante and its documents: the agenda for a visit, else the observación. */
  function afterRequirements() {
    if (cause?.needsAppointment) setSlotFocus((n) => n + 1);
    else focusSoon(() => observationRef.current);
  }

  function toggle(id: number) {
    update(
      (d) => ({ presented: d.presented.includes(id) ? d.presented.filter((x) => x !== id) : [...d.presented, id] }),
      'requirementsPresented',
    );
  }
  const causes = catalog.causes.filter((c) => c.service === draft.service);

  return (
    <Box
      role="form"
      aria-label="Nuevo trámite"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, ...CLEAR_OF_STICKY_BAR }}
    >
      <FormStep n={1} title="Zona, medio y suscriptor">
        <Box sx={grid('200px 200px minmax(0, 1fr)')}>
          <CatalogSelect
            label="Zona"
            name="zoneId"
            value={draft.zoneId}
            options={catalog.zones.map((z) => ({ value: z.id, label: z.name }))}
            onChange={(zoneId) => update({ zoneId }, 'zoneId')}
            onNext={() => channelRef.current?.focus()}
            error={errors.zoneId}
            inputRef={zoneRef}
          />
          <CatalogSelect
            label="Medio"
            name="channelId"
            value={draft.channelId}
            options={catalog.channels.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(channelId) => update({ channelId }, 'channelId')}
            onNext={() => codeRef.current?.focus()}
            error={errors.channelId}
            inputRef={channelRef}
          />
          <SubscriberCodeField
            code={draft.code}
            onCodeChange={(code) => update({ code, subscriber: null }, 'subscriberCode')}
            subscriber={draft.subscriber}
            onOpen={opened}
            error={errors.subscriberCode}
            inputRef={codeRef}
            blockCancelled={false}
          />
        </Box>
      </FormStep>
      <PartyStep
        n={2}
        party={draft.party}
        ownerId={draft.subscriber?.owner.id}
        error={errors.partyId}
        inputRef={partyRef}
        onChoose={(party) => update({ party, partyIsDefault: false }, 'partyId')}
        next={afterParty}
      />
      <FormStep n={3} title="Servicio, tipo de trámite y causal">
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Box sx={grid('220px 240px minmax(0, 1fr)')}>
            <CatalogSelect
              label="Servicio"
              name="service"
              value={draft.service}
              options={SERVICES.map((s) => ({ value: s, label: s }))}
              onChange={(service) =>
                update(
                  (d) => ({ service, causeId: d.service === service ? d.causeId : null, appointment: null }),
                  'service',
                  'causeId',
                )
              }
              onNext={() => typeRef.current?.focus()}
              error={errors.service}
              inputRef={serviceRef}
            />
            <CatalogSelect
              label="Tipo de trámite"
              name="requestTypeId"
              value={draft.requestTypeId}
              options={catalog.requestTypes.map((t) => ({ value: t.id, label: t.name }))}
              onChange={(requestTypeId) => update({ requestTypeId }, 'requestTypeId')}
              onNext={() => causeRef.current?.focus()}
              error={errors.requestTypeId}
              inputRef={typeRef}
            />
            <CatalogSelect
              label="Causal"
              name="causeId"
              value={draft.causeId}
              options={causes.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(causeId) => update({ causeId, appointment: null }, 'causeId', 'appointment')}
              onNext={() => applicantRef.current?.focus()}
              error={errors.causeId}
              helperText={draft.service ? undefined : 'Elija primero el servicio'}
              inputRef={causeRef}
            />
          </Box>
          <GateNotice code={draft.subscriber?.code ?? null} cause={cause} />
        </Box>
      </FormStep>
      <RequirementsStep
        n={4}
        applicant={applicantOf(draft)}
        onApplicant={(applicantKind) => update({ applicantKind }, 'applicantKind')}
        applicantError={errors.applicantKind}
        applicantRef={applicantRef}
        checklist={checklist}
        presented={draft.presented}
        onToggle={toggle}
        refusal={errors.requirementsPresented}
        notice={noticeOf(draft, checklist?.items)}
        boxRef={requirementsRef}
        onNext={afterRequirements}
      />
      {cause?.needsAppointment && (
        <FormStep n={5} title="Cita de visita (agenda)">
          <Box ref={slotRef}>
            <SlotPicker
              from={today}
              focusRequest={slotFocus}
              value={draft.appointment}
              onChange={(appointment) => {
                update({ appointment }, 'appointment');
                if (appointment) focusSoon(() => observationRef.current);
              }}
            />
          </Box>
          {errors.appointment && (
            <Alert severity="error" sx={{ mt: 1 }}>
              {errors.appointment}
            </Alert>
          )}
        </FormStep>
      )}
      <FormStep n={cause?.needsAppointment ? 6 : 5} title="Observación">
        <TextField
          label="Observación"
          name="observation"
          multiline
          // Fixed rows: an autosizing box measures itself (a forced layout) each time the screen opens.
          rows={4}
          value={observationOf(draft, cause)}
          onChange={(e) => update({ observation: e.target.value }, 'observation')}
          onKeyDown={(e) => onEnter(e, () => saveRef.current?.focus())}
          inputRef={observationRef}
          error={Boolean(errors.observation)}
          helperText={
            errors.observation ??
            'Código, ruta, causal, celular y medidor se completan solos; describa la solicitud del usuario. Enter: pasa a GUARDAR; Mayús+Enter: nueva línea.'
          }
        />
      </FormStep>
      {message && (
        <Alert severity="error" role="alert">
          {message}
        </Alert>
      )}
      <StickyActions>
        <Button ref={saveRef} variant="contained" startIcon={<SaveIcon />} onClick={() => void guardar()} disabled={busy}>
          {busy ? 'GUARDANDO…' : 'GUARDAR'}
        </Button>
      </StickyActions>
    </Box>
  );
}
