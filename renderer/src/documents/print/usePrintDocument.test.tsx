import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../test/render';
import { usePrintDocument } from './usePrintDocument';

const api = vi.hoisted(() => ({ printStatus: vi.fn(), printDocument: vi.fn() }));
vi.mock('./print-api', () => api);
// A print window that never loads: react-to-print never calls back.
vi.mock('react-to-print', () => ({ useReactToPrint: () => () => undefined }));

describe('usePrintDocument', () => {
  beforeEach(() => {
    api.printStatus.mockReset().mockResolvedValue(ok({ prints: 0, lastArchivePath: null }));
    api.printDocument.mockReset();
  });

  it('gives up with a Spanish message instead of staying busy when the copy is never collected', async () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => usePrintDocument({ type: 'FACTURA', number: 'FAC-2026-000123' }));
    act(() => result.current.print());
    await vi.waitFor(() => expect(result.current.rendering).toBe(0));
    expect(result.current.busy).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(19_000));
    expect(result.current.busy).toBe(true);
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current.busy).toBe(false);
    expect(result.current.outcome).toEqual({
      kind: 'failed',
      message: 'No se pudo preparar el documento para imprimir. Intente de nuevo.',
    });
    expect(result.current.rendering).toBeNull();
    expect(api.printDocument).not.toHaveBeenCalled();
  });
});
