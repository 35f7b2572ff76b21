import Papa from 'papaparse';

/**
 * A file the administrator brings (CSV or XLSX) read as a table: its header row and then its rows
 * as text cells with their line number, never all of it in memory for a CSV. Encoding (UTF-8 or
 * Windows-1252) and separator (comma, semicolon or tab) are detected from the file's start.
 */

export interface TableRow {
  line: number;
  cells: string[];
}

export interface TableFile {
  name: string;
  /** What was detected, for the screen: "CSV separado por «;», Windows-1252" or "Excel (hoja Padrón)". */
  format: string;
  headers: string[];
  /** The rows after the header, `size` at a time; each call reads the file again from its start. */
  batches(size: number): AsyncGenerator<TableRow[]>;
}

/** Why a file cannot be read, in Spanish, for the screen. */
export class TableFileError extends Error {}

/** An Excel file is read whole: above this, the office exports it as CSV. */
export const MAX_XLSX_BYTES = 40 * 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;
const SEPARATORS = [';', ',', '\t'] as const;
const SEPARATOR_NAMES: Record<string, string> = { ';': 'punto y coma', ',': 'comas', '\t': 'tabuladores' };

type Named = Blob & { name: string };

export async function openTableFile(file: Named): Promise<TableFile> {
  if (file.size === 0) throw new TableFileError(`${file.name} está vacío.`);
  const head = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) return openXlsx(file);
  if (/\.xlsx?$/i.test(file.name))
    throw new TableFileError(`${file.name} no es un libro de Excel .xlsx válido (guárdelo de nuevo como .xlsx o como CSV).`);
  if (head.includes(0)) throw new TableFileError(`${file.name} no es un archivo de texto CSV ni un libro de Excel .xlsx.`);
  return openCsv(file, head);
}

/** UTF-8 when the start decodes as UTF-8 (a character cut at the sample's end aside), else Windows-1252. */
export function detectEncoding(head: Uint8Array, whole: boolean): 'utf-8' | 'windows-1252' {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  let end = head.length;
  if (!whole) {
    // Back off from a multi-byte sequence the sample may have cut.
    let i = end - 1;
    while (i > end - 4 && i >= 0 && (head[i]! & 0xc0) === 0x80) i--;
    if (i >= 0 && head[i]! >= 0xc0) end = i;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The separator that splits the first line into the most columns (outside quotes). */
export function detectSeparator(firstLine: string): string {
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const counts = SEPARATORS.map((s) => unquoted.split(s).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? ',' : SEPARATORS[counts.indexOf(best)]!;
}

/** How many line breaks `text` has between two positions. */
function newlinesIn(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

async function openCsv(file: Named, head: Uint8Array): Promise<TableFile> {
  const encoding = detectEncoding(head, file.size <= head.length);
  const text = new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, '');
  const firstLine = /^[^\n]*(\n|$)/.exec(text)![0];
  const separator = detectSeparator(firstLine.replace(/\r?\n$/, ''));
  const newline = firstLine.endsWith('\r\n') ? '\r\n' : '\n';
  const format = `CSV separado por ${SEPARATOR_NAMES[separator]}, ${encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (ANSI)'}`;

  /**
   * The file's records `size` at a time, each with the line it starts on. The text is decoded
   * as it is read and handed to Papa Parse a chunk at a time; a record cut by the chunk's end
   * waits for the next chunk (Papa Parse's own streaming does the same).
   */
  async function* records(size: number, skipHeader: boolean): AsyncGenerator<TableRow[]> {
    let pending: TableRow[] = [];
    let skip = skipHeader;
    let partial = '';
    let line = 1;
    const reader = file.stream().pipeThrough(new TextDecoderStream(encoding)).getReader();
    try {
      for (let first = true; ; first = false) {
        const { done, value } = await reader.read();
        const chunk = partial + (first ? (value ?? '').replace(/^\uFEFF/, '') : (value ?? ''));
        let start = 0;
        let broken: number | null = null;
        const parser = new Papa.Parser({
          delimiter: separator,
          newline,
          step: (result: Papa.ParseStepResult<string[][]>) => {
            const end = result.meta.cursor;
            const at = line;
            // With a step, the parser hands its errors to the step of the row they belong to.
            if (result.errors.some((e) => e.type === 'Quotes')) broken ??= at;
            line += newlinesIn(chunk, start, end);
            start = end;
            // The bare parser hands each step the rows since the last: one.
            const cells = result.data[0]!;
            if (cells.every((c) => c === '')) return;
            if (skip) skip = false;
            else pending.push({ line: at, cells });
          },
        });
        const parsed = parser.parse(chunk, 0, !done) as Papa.ParseResult<string[]>;
        if (broken !== null) {
          throw new TableFileError(`${file.name} no es un CSV válido: hay comillas sin cerrar en la línea ${broken}.`);
        }
        partial = chunk.slice(parsed.meta.cursor);
        line += newlinesIn(chunk, start, parsed.meta.cursor);
        while (pending.length >= size || (done && pending.length > 0)) {
          yield pending.slice(0, size);
          pending = pending.slice(size);
        }
        if (done) return;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  }

  const reading = records(1, false);
  const first = await reading.next();
  await reading.return(undefined);
  const headers = first.done ? [] : first.value[0]!.cells.map((h) => h.trim());
  if (headers.length < 2) throw new TableFileError(`${file.name}: la primera línea debe traer los nombres de las columnas.`);
  return { name: file.name, format, headers, batches: (size) => records(size, true) };
}

async function openXlsx(file: Named): Promise<TableFile> {
  if (file.size > MAX_XLSX_BYTES) {
    throw new TableFileError(
      `${file.name} pesa más de ${MAX_XLSX_BYTES / 1024 / 1024} MB: expórtelo como CSV, que se lee por partes.`,
    );
  }
  const { readXlsx } = await import('./xlsx-file');
  return readXlsx(file);
}
