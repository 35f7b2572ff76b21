import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Result } from '../api';
import { deferred, fail, ok } from '../test/render';
import { useForm } from './use-form';

const schema = z.strictObject({ name: z.string().min(1, { error: 'Nombre: es obligatorio' }), key: z.string() });
const FIELDS = ['name'];

describe('the one form cycle', () => {
  it("refuses with the contract's Spanish message on its field, sending nothing", async () => {
    const send = vi.fn();
    const { result } = renderHook(() => useForm(schema, FIELDS));
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.attempt({ value: { name: '', key: 'k' }, send });
    });
    expect(outcome).toEqual({ ok: false, field: 'name' });
    expect(result.current.errors).toEqual({ name: 'Nombre: es obligatorio' });
    expect(send).not.toHaveBeenCalled();
  });

  it("places the core's issues on the fields (without the input's wrapper) and says the rest", async () => {
    const { result } = renderHook(() => useForm(schema, FIELDS, { issuePrefix: 'party.' }));
    const refused = fail({
      code: 'VALIDATION',
      message: 'Revise los datos.',
      issues: [
        { field: 'party.name', message: 'Nombre: ya existe' },
        { field: 'other', message: 'Otro: no vale' },
      ],
    });
    await act(async () => {
      await result.current.attempt({ value: { name: 'Ana', key: 'k' }, send: async () => refused });
    });
    expect(result.current.errors).toEqual({ name: 'Nombre: ya existe', other: 'Otro: no vale' });
    expect(result.current.message).toBe('Revise los datos.');
  });

  it('sends once while an attempt is on its way, with one request key for every attempt of the form', async () => {
    const answer = deferred<Result<string>>();
    const send = vi.fn(() => answer.promise);
    const { result, rerender } = renderHook(() => useForm(schema, FIELDS));
    const key = result.current.requestKey;
    let first: Promise<unknown> | undefined;
    let second: unknown;
    await act(async () => {
      first = result.current.attempt({ value: { name: 'Ana', key }, send });
      second = await result.current.attempt({ value: { name: 'Ana', key }, send });
    });
    expect(second).toEqual({ ok: false, field: null, ignored: true });
    await act(async () => {
      answer.resolve(ok('R-1'));
      await first;
    });
    expect(await first).toEqual({ ok: true, data: 'R-1' });
    expect(send).toHaveBeenCalledTimes(1);
    rerender();
    expect(result.current.requestKey).toBe(key);
  });

  it('forgets what was said about a changed field', async () => {
    const { result } = renderHook(() => useForm(schema, FIELDS));
    act(() => void result.current.refuse({ name: 'Nombre: es obligatorio' }));
    act(() => result.current.forget('name'));
    expect(result.current.errors).toEqual({});
  });
});
