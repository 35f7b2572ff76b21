import AttachFileIcon from '@mui/icons-material/AttachFile';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useRef, useState, type ChangeEvent } from 'react';
import { MAX_PHOTOS, PHOTO_MIME_TYPES } from '../../../../../electron/core/contract/fieldwork.contract';
import { isPhotoType, readPhoto, sizeLabel, type PhotoDraft } from './report-draft';

interface Props {
  photos: readonly PhotoDraft[];
  onChange(photos: PhotoDraft[]): void;
  /** The core's or the schema's message about one of the photos. */
  error?: string;
}

/**
 * Fotos y soportes: JPEG, PNG or a scanned PDF, read here as base64; the core checks the size
 * (a setting) and the content and archives them with the report.
 */
export function PhotosField({ photos, onChange, error }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [own, setOwn] = useState<string | null>(null);

  async function chosen(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    const wrong = files.find((f) => !isPhotoType(f.type));
    if (wrong) return setOwn(`${wrong.name}: solo fotos JPEG o PNG, o PDF`);
    if (photos.length + files.length > MAX_PHOTOS) return setOwn(`Fotos: máximo ${MAX_PHOTOS} por informe`);
    try {
      const read = await Promise.all(files.map(readPhoto));
      setOwn(null);
      onChange([...photos, ...read]);
    } catch {
      setOwn('No se pudo leer el archivo elegido; intente de nuevo.');
    }
  }

  const message = own ?? error;
  return (
    <Box>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={PHOTO_MIME_TYPES.join(',')}
        aria-label="Archivos de fotos"
        onChange={(e) => void chosen(e)}
      />
      <Button
        variant="outlined"
        startIcon={<AttachFileIcon />}
        onClick={() => input.current?.click()}
        disabled={photos.length >= MAX_PHOTOS}
      >
        Adjuntar fotos
      </Button>
      {photos.length > 0 && (
        <List dense aria-label="Fotos adjuntas">
          {photos.map((p, i) => (
            <ListItem
              key={`${i}-${p.fileName}`}
              secondaryAction={
                <IconButton
                  edge="end"
                  aria-label={`Quitar ${p.fileName}`}
                  onClick={() => onChange(photos.filter((x) => x !== p))}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              }
            >
              <ListItemText primary={p.fileName} secondary={sizeLabel(p.bytes)} />
            </ListItem>
          ))}
        </List>
      )}
      <FormHelperText error={Boolean(message)}>{message ?? `Hasta ${MAX_PHOTOS} archivos: JPEG, PNG o PDF.`}</FormHelperText>
    </Box>
  );
}
