import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SERVER_PORT } from './protocol';

/**
 * What this computer is, kept in `equipo.json` beside the office database (it is this
 * computer's setting, not the office's: a puesto has no database). Missing: equipo único.
 * It holds a puesto's key, so only its owner may read it.
 */

export const STATION_FILE_NAME = 'equipo.json';

const pin = z.object({ address: z.string(), certificate: z.string(), fingerprint: z.string() });

const stationConfig = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('UNICO') }),
  z.object({ mode: z.literal('SERVIDOR'), port: z.number().int().min(1).max(65535) }),
  z.object({ mode: z.literal('PUESTO'), server: pin, puesto: z.object({ name: z.string(), key: z.string() }) }),
]);
export type StationConfig = z.infer<typeof stationConfig>;

export class StationFileError extends Error {
  override readonly name = 'StationFileError';
}

export const stationFileFor = (databaseFile: string): string => path.join(path.dirname(databaseFile), STATION_FILE_NAME);

export function readStation(file: string): StationConfig {
  if (!existsSync(file)) return { mode: 'UNICO' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new StationFileError(
      `El archivo de configuración del equipo (${file}) está dañado. Bórrelo y vuelva a configurar el equipo en ADMINISTRACIÓN → Puestos y red.`,
    );
  }
  const config = stationConfig.safeParse(parsed);
  if (!config.success) {
    throw new StationFileError(
      `El archivo de configuración del equipo (${file}) no tiene la forma esperada. Bórrelo y vuelva a configurar el equipo.`,
    );
  }
  return config.data;
}

/** Written whole or not at all (a power cut leaves the old file). */
export function writeStation(file: string, config: StationConfig): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

export const serverConfig = (port = DEFAULT_SERVER_PORT): StationConfig => ({ mode: 'SERVIDOR', port });
