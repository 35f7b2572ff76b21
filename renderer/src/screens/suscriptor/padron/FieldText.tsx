import TextField, { type TextFieldProps } from '@mui/material/TextField';

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'error' | 'helperText'> & {
  name: string;
  value: string;
  onChange(value: string): void;
  /** The field's message (the schema's or the core's); `help` says what to type otherwise. */
  error?: string;
  help?: string;
};

/** A text field of a padrón form: its value, its message under it, no browser suggestions. */
export function FieldText({ value, onChange, error, help = ' ', ...props }: Props) {
  return (
    <TextField
      {...props}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={Boolean(error)}
      helperText={error ?? help}
      autoComplete="off"
    />
  );
}
