import { describe, expect, it } from 'vitest';
import { manualClock } from './core/clock';
import { OfficeEnvError } from './office-env';
import { TEST_CLOCK_VAR, testClockFromEnv } from './test-clock';

const FRESH = { freshDatabase: true };
const fixed = (value: string, NODE_ENV?: string) => ({ [TEST_CLOCK_VAR]: value, NODE_ENV });
const underTest = (value: string) => fixed(value, 'test');

describe('browser mode’s test clock', () => {
  it('starts the office’s clock at the instant given and lets it run on', () => {
    const computer = manualClock('2031-05-09T12:00:00Z');
    const test = testClockFromEnv(underTest('2026-11-25T02:57:00Z'), FRESH, computer)!;
    expect(test.clock.now().toISOString()).toBe('2026-11-25T02:57:00.000Z');
    computer.advance(90_000);
    expect(test.clock.now().toISOString()).toBe('2026-11-25T02:58:30.000Z');
    expect(test.warning).toBe(
      'AVISO: reloj de prueba (VENTANILLA_TEST_CLOCK): la oficina empieza en 2026-11-25T02:57:00.000Z y el reloj sigue desde ahí. Nunca en una oficina real.',
    );
    expect(testClockFromEnv(fixed('2026-11-24T21:57:00-05:00', 'development'), FRESH, computer)?.clock.now().toISOString()).toBe(
      '2026-11-25T02:57:00.000Z',
    );
  });

  it('is absent unless asked for', () => {
    expect(testClockFromEnv({ NODE_ENV: 'test' }, FRESH)).toBeNull();
  });

  it('is refused outside a test or development run, and on a database that already holds an office', () => {
    for (const env of [undefined, '', 'production']) {
      expect(() => testClockFromEnv(fixed('2026-11-24T15:00:00Z', env), FRESH)).toThrow(
        new OfficeEnvError(
          'VENTANILLA_TEST_CLOCK es solo para pruebas (NODE_ENV=test o development): quite la variable; la oficina usa el reloj del computador.',
        ),
      );
    }
    expect(() => testClockFromEnv(underTest('2026-11-24T15:00:00Z'), { freshDatabase: false })).toThrow(
      'VENTANILLA_TEST_CLOCK solo se usa con una base de datos nueva',
    );
    // A mark of another test office's start is no licence either.
    const other = { start: '2026-11-23T15:00:00.000Z', since: '2031-05-09T12:00:00.000Z' };
    expect(() => testClockFromEnv(underTest('2026-11-24T15:00:00Z'), { freshDatabase: false, mark: other })).toThrow(
      'VENTANILLA_TEST_CLOCK solo se usa con una base de datos nueva',
    );
  });

  it('runs on from where it was when a test starts its killed host again on the database it created', () => {
    const computer = manualClock('2031-05-09T12:00:00Z');
    const first = testClockFromEnv(underTest('2026-11-24T15:00:00Z'), FRESH, computer)!;
    expect(first.mark).toEqual({ start: '2026-11-24T15:00:00.000Z', since: '2031-05-09T12:00:00.000Z' });
    computer.advance(45_000);
    const again = testClockFromEnv(underTest('2026-11-24T15:00:00Z'), { freshDatabase: false, mark: first.mark }, computer)!;
    expect(again.clock.now().toISOString()).toBe('2026-11-24T15:00:45.000Z');
    computer.advance(15_000);
    expect(again.clock.now().toISOString()).toBe('2026-11-24T15:01:00.000Z');
    expect(again.warning).toBe(
      'AVISO: reloj de prueba (VENTANILLA_TEST_CLOCK): la oficina de prueba sigue en 2026-11-24T15:00:45.000Z (empezó en 2026-11-24T15:00:00.000Z). Nunca en una oficina real.',
    );
  });

  it('is refused with a Spanish message when it is not an instant with its zone', () => {
    for (const value of ['mañana', '2026-11-24', '2026-11-24T15:00:00', '2026-02-30T15:00:00Z', '']) {
      expect(() => testClockFromEnv(underTest(value), FRESH)).toThrow(
        `VENTANILLA_TEST_CLOCK="${value}" no es válido: debe ser un instante ISO con su zona, por ejemplo 2026-11-24T15:00:00Z.`,
      );
    }
  });
});
