import { updateInput } from '../../../../../electron/core/contract/padron.contract';
import { call, type Input, type Output } from '../../../api';
import type { PadronOptions, PadronSubscriber } from '../../../api/padron';
import { useDraftForm } from '../../../components/use-draft-form';
import { ActionPanel } from './ActionPanel';
import { placeErrors, premisesInput, premisesOf, PREMISES_FIELDS, type PremisesDraft } from './premises-draft';
import { PremisesFields, ServicesFields } from './PremisesFields';

interface Props {
  subscriber: PadronSubscriber;
  options: PadronOptions;
  onSaved(subscriber: Output<'padron.update'>): void;
  onCancel(): void;
}

/** Editar datos: the predio, services and meter; the core keeps each change as history. */
export function EditPremisesForm({ subscriber, options, onSaved, onCancel }: Props) {
  const form = useDraftForm<PremisesDraft, Input<'padron.update'>, Output<'padron.update'>, keyof PremisesDraft>(
    () => premisesOf(subscriber, options),
    {
      fields: PREMISES_FIELDS,
      schema: updateInput,
      inputOf: (d) => ({ code: subscriber.code, ...premisesInput(d) }),
      place: placeErrors,
      send: (input) => call('padron.update', input),
      onSaved,
    },
  );
  const fieldProps = { draft: form.draft, update: form.update, errors: form.errors, options };
  return (
    <ActionPanel
      title={`Editar datos del suscriptor ${subscriber.code}`}
      form={form}
      onCancel={onCancel}
    >
      <PremisesFields {...fieldProps} />
      <ServicesFields {...fieldProps} />
    </ActionPanel>
  );
}
