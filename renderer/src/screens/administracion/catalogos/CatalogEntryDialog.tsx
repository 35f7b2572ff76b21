import { useState } from 'react';
import type { z } from 'zod';
import { catalogsContract } from '../../../../../electron/core/contract/catalogs.contract';
import { saveCatalogEntry, type CatalogEntry } from '../../../api/catalogs';
import { FormDialog } from '../../../components/FormDialog';
import { useForm } from '../../../components/use-form';
import { type CatalogDescriptor, draftOf, inputOf } from './catalog-descriptor';
import { CatalogFieldInput } from './CatalogFieldInput';

interface Props {
  descriptor: CatalogDescriptor;
  /** The entry to edit; null for a new one. */
  entry: CatalogEntry | null;
  onClose(): void;
  onSaved(entry: CatalogEntry): void;
}

/**
 * A catalog entry's form, new or edited: the contract's own schema says what to fix on each
 * field before anything is sent, and the core's refusals (a repeated name, an inactive zona, a
 * causal whose flags make no flow) land on the field they are about.
 */
export function CatalogEntryDialog({ descriptor, entry, onClose, onSaved }: Props) {
  const { prefix, fields } = descriptor;
  const [draft, setDraft] = useState(() => draftOf(fields, entry));
  const procedure = entry ? (`${prefix}.update` as const) : prefix === 'services' ? null : (`${prefix}.create` as const);
  // Any catalog's: what the draft holds is checked as this procedure's input.
  const schema: z.ZodType | null = procedure ? catalogsContract[procedure].input : null;
  const form = useForm(
    schema,
    fields.map((f) => f.name),
  );

  async function save() {
    const fieldsInput = inputOf(fields, draft);
    const input = entry ? { id: entry.id, ...fieldsInput } : fieldsInput;
    const saved = await form.submit(input, () => saveCatalogEntry(prefix, input));
    if (saved) onSaved(saved);
  }

  return (
    <FormDialog
      open
      title={entry ? descriptor.editTitle : (descriptor.newTitle ?? descriptor.editTitle)}
      submitLabel="GUARDAR"
      message={form.message}
      busy={form.busy}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      {fields.map((field, i) => (
        <CatalogFieldInput
          key={field.name}
          field={field}
          value={draft[field.name] ?? null}
          error={form.errors[field.name]}
          autoFocus={i === 0}
          onChange={(value) => {
            setDraft((d) => ({ ...d, [field.name]: value }));
            form.forget(field.name);
          }}
        />
      ))}
    </FormDialog>
  );
}
