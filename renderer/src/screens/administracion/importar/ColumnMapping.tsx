import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { IMPORT_FIELDS, type ImportKind } from '../../../../../electron/core/contract/import-kinds';

interface Props {
  kind: ImportKind;
  headers: readonly string[];
  mapping: Record<string, string>;
  disabled: boolean;
  onChange(field: string, column: string): void;
}

const NONE = '';

/** Each field of the kind beside the column of the file that brings it (required ones marked *). */
export function ColumnMapping({ kind, headers, mapping, disabled, onChange }: Props) {
  return (
    <Table size="small" aria-label="Columnas del archivo" sx={{ maxWidth: 900 }}>
      <TableHead>
        <TableRow>
          <TableCell>Campo de Ventanilla</TableCell>
          <TableCell>Columna del archivo</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {IMPORT_FIELDS[kind].map((f) => {
          const label = `${f.label}${f.required ? ' *' : ''}`;
          return (
            <TableRow key={f.key}>
              <TableCell>{label}</TableCell>
              <TableCell sx={{ py: 0.25 }}>
                <TextField
                  select
                  size="small"
                  fullWidth
                  disabled={disabled}
                  value={mapping[f.key] ?? NONE}
                  onChange={(e) => onChange(f.key, e.target.value)}
                  slotProps={{ htmlInput: { 'aria-label': `Columna para ${f.label}` }, select: { native: true } }}
                >
                  <option value={NONE}>{f.required ? '— elija la columna —' : '(no viene en el archivo)'}</option>
                  {headers.map((h, i) =>
                    h === '' ? null : (
                      <option key={`${h}-${i}`} value={h}>
                        {h}
                      </option>
                    ),
                  )}
                </TextField>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
