import { describe, expect, it } from 'vitest';
import { DOWNLOAD_TIMEOUT_ENV, downloadFailedMessage, downloadTimeoutSeconds } from './setup.mjs';

describe("the time Electron's download may take", () => {
  it('is ten minutes unless VENTANILLA_ELECTRON_DOWNLOAD_TIMEOUT gives the seconds', () => {
    expect(DOWNLOAD_TIMEOUT_ENV).toBe('VENTANILLA_ELECTRON_DOWNLOAD_TIMEOUT');
    expect(downloadTimeoutSeconds({})).toBe(600);
    expect(downloadTimeoutSeconds({ [DOWNLOAD_TIMEOUT_ENV]: ' ' })).toBe(600);
    expect(downloadTimeoutSeconds({ [DOWNLOAD_TIMEOUT_ENV]: '1800' })).toBe(1800);
  });

  it('refuses a value that is not a number of seconds, saying which and why', () => {
    for (const raw of ['10m', '-5', '1.5', '5', '100000']) {
      expect(() => downloadTimeoutSeconds({ [DOWNLOAD_TIMEOUT_ENV]: raw })).toThrow(
        `VENTANILLA_ELECTRON_DOWNLOAD_TIMEOUT="${raw}" no es válido: debe ser los segundos que puede tardar la descarga de Electron, un número entero entre 10 y 86400.`,
      );
    }
  });

  it('when the download fails, says how to retry and how to give a slow link more time', () => {
    expect(downloadFailedMessage('tiempo de espera agotado', 600)).toBe(
      'No se pudo descargar Electron (tiempo de espera agotado); Ventanilla usará el modo navegador. ' +
        'Para reintentar: npm run setup -- --retry (con una conexión lenta, dé más tiempo con ' +
        'VENTANILLA_ELECTRON_DOWNLOAD_TIMEOUT=<segundos>; ahora son 600 s).',
    );
  });
});
