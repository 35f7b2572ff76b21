import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';

/** What seed 004 asks for a cambio de nombre: proof of ownership, the predial and the ID. */
const USUAL_DOCUMENTS = [
  'Escritura pública',
  'Contrato de compraventa',
  'Carta de entrega',
  'Cesión de derechos',
  'Recibo del impuesto predial',
  'Cédula del nuevo titular',
];

interface Props {
  value: readonly string[];
  onChange(documents: string[]): void;
  error?: string;
}

/**
 * Documentos presentados: chosen from the usual ones or typed with their number ("Escritura
 * pública 1234 de 2026"); Enter adds the one typed, and so does leaving the field.
 */
export function DocumentsField({ value, onChange, error }: Props) {
  return (
    <Autocomplete
      multiple
      freeSolo
      autoSelect
      options={USUAL_DOCUMENTS.filter((d) => !value.includes(d))}
      value={[...value]}
      onChange={(_, documents) => onChange(documents.map((d) => d.trim()).filter((d) => d !== ''))}
      renderValue={(documents, getItemProps) =>
        documents.map((d, index) => {
          const { key, ...props } = getItemProps({ index });
          return <Chip key={key} label={d} size="small" {...props} />;
        })
      }
      renderInput={(params) => (
        <TextField
          {...params}
          label="Documentos presentados"
          name="documents"
          error={Boolean(error)}
          helperText={error ?? 'Elija de la lista o escriba uno con su número y presione Enter.'}
        />
      )}
    />
  );
}
