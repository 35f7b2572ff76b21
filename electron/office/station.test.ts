import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OfficeEnvError } from '../office-env';
import { serverEnv, stationToRun } from './server-env';
import { StationFileError, readStation, stationFileFor, writeStation } from './station';

const folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-equipo-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('what this computer is (equipo.json)', () => {
  it('is an equipo único until said otherwise; a puesto is kept for its owner only', () => {
    const file = stationFileFor(path.join(folder, 'ventanilla.db'));
    expect(readStation(file)).toEqual({ mode: 'UNICO' });
    const puesto = {
      mode: 'PUESTO' as const,
      server: { address: 'https://192.168.1.10:8443/', certificate: 'PEM', fingerprint: 'AB' },
      puesto: { name: 'CAJA-01', key: 'secreta' },
    };
    writeStation(file, puesto);
    expect(readStation(file)).toEqual(puesto);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('says in Spanish what to do with a damaged or foreign file', () => {
    const file = path.join(folder, 'danado.json');
    writeFileSync(file, '{ "mode": ');
    expect(() => readStation(file)).toThrow(StationFileError);
    writeFileSync(file, '{ "mode": "SATELITE" }');
    expect(() => readStation(file)).toThrow(/no tiene la forma esperada/);
  });

  it('--server runs this computer as the office server; the port and address are checked', () => {
    expect(stationToRun({ mode: 'UNICO' }, serverEnv({}, ['--server']))).toEqual({ mode: 'SERVIDOR', port: 8443 });
    expect(stationToRun({ mode: 'UNICO' }, serverEnv({}, []))).toEqual({ mode: 'UNICO' });
    expect(serverEnv({ VENTANILLA_SERVER_HOST: '127.0.0.1' }, []).announce).toBe(false);
    expect(serverEnv({}, []).announce).toBe(true);
    expect(() => serverEnv({ VENTANILLA_SERVER_PORT: 'ocho' }, [])).toThrow(OfficeEnvError);
    expect(() => serverEnv({ VENTANILLA_SERVER_HOST: 'servidor.local' }, [])).toThrow(/no es una dirección IP/);
  });
});
