import { spawn } from 'node:child_process';
import type { PaperSize } from '../../db/schema/enums';
import type { PrinterInfo } from '../core/contract/print.contract';
import { PrinterError, printerLabel } from './engine';

/**
 * Paper through CUPS (`lp`, `lpstat`), for browser mode on Linux and macOS. A computer
 * without CUPS still archives every PDF: printing then fails with a clear message.
 */

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program; rejects with ENOENT when it is not installed. Injected in tests. */
export type RunCommand = (command: string, args: string[], stdin?: Buffer) => Promise<CommandResult>;

const COMMAND_TIMEOUT_MS = 30_000;

export const runCommand: RunCommand = (command, args, stdin) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], timeout: COMMAND_TIMEOUT_MS });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A program that exits before reading its input must not crash us with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(stdin);
  });

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';

export const NO_PRINTER = 'No hay impresora disponible en este equipo';

/** `lpstat -e` (one destination a line) and `lpstat -d` ("system default destination: X"). */
export function parsePrinters(destinations: string, defaultLine: string): PrinterInfo[] {
  const preferred = /destination:\s*(\S+)/.exec(defaultLine)?.[1] ?? null;
  return destinations
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((name) => name.length > 0)
    .map((name) => ({ name, isDefault: name === preferred }));
}

export async function cupsPrinters(run: RunCommand = runCommand): Promise<PrinterInfo[]> {
  try {
    const [list, preferred] = await Promise.all([run('lpstat', ['-e']), run('lpstat', ['-d'])]);
    return list.code === 0 ? parsePrinters(list.stdout, preferred.stdout) : [];
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

/** CUPS media names: the PDF already has the page size, this tells the printer which tray. */
export const CUPS_MEDIA: Record<PaperSize, string> = {
  CARTA: 'Letter',
  OFICIO: 'Custom.216x330mm',
  ROLLO_80MM: 'Custom.80x297mm',
};

/** The arguments of `lp` for one job; the PDF goes to its standard input. */
export function lpArguments(printerName: string, paper: PaperSize, title: string): string[] {
  return [...(printerName ? ['-d', printerName] : []), '-t', title, '-o', `media=${CUPS_MEDIA[paper]}`];
}

export async function cupsPrint(
  pdf: Buffer,
  printerName: string,
  paper: PaperSize,
  title: string,
  run: RunCommand = runCommand,
): Promise<void> {
  let result: CommandResult;
  try {
    result = await run('lp', lpArguments(printerName, paper, title), pdf);
  } catch (error) {
    if (isMissing(error)) throw new PrinterError(`${NO_PRINTER}: no está instalado el sistema de impresión (CUPS).`);
    throw new PrinterError(`${NO_PRINTER}: no se pudo enviar el trabajo a ${printerLabel(printerName)}.`);
  }
  if (result.code !== 0) {
    const reason = (result.stderr || result.stdout).trim().replace(/^lp:\s*/i, '') || `código ${String(result.code)}`;
    throw new PrinterError(`${NO_PRINTER}: ${printerLabel(printerName)} no recibió el trabajo (${reason}).`);
  }
}
