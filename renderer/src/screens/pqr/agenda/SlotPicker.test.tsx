import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../../api';
import { ok, renderInSession } from '../../../test/render';
import { freeSlots } from '../../../test/agenda-fixtures';
import type { Slot } from './agenda-text';
import { SlotPicker } from './SlotPicker';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

function Picker({ onChange, current }: { onChange(slot: Slot | null): void; current?: Slot }) {
  const [value, setValue] = useState<Slot | null>(null);
  return (
    <SlotPicker
      from="2026-11-23"
      value={value}
      current={current}
      onChange={(slot) => {
        setValue(slot);
        onChange(slot);
      }}
    />
  );
}

const focused = () => document.activeElement?.getAttribute('aria-label');

async function openPicker(current?: Slot) {
  const onChange = vi.fn();
  renderInSession(<Picker onChange={onChange} current={current} />);
  await screen.findByRole('grid', { name: 'Cupos de la agenda de visitas' });
  return onChange;
}

describe('SlotPicker', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async () => ok(freeSlots()) as Result<Output<'agenda.freeSlots'>>);
  });

  it('is one Tab stop that starts at the first free place, and the arrows walk days and windows', async () => {
    await openPicker();
    expect(mockedCall).toHaveBeenCalledWith('agenda.freeSlots', { from: '2026-11-23' });
    // Today's 08:00-10:00 has started: it is not offered at all.
    expect(screen.queryByLabelText(/lunes 23\/11\/2026 · 08:00-10:00/)).toBeNull();
    await userEvent.tab();
    expect(focused()).toBe('lunes 23/11/2026 · 10:00-12:00: 2 libres');
    expect(screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toHaveLength(1);

    await userEvent.keyboard('{ArrowDown}');
    expect(focused()).toBe('martes 24/11/2026 · 10:00-12:00: 1 libre');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe('martes 24/11/2026 · 08:00-10:00: Llena');
    await userEvent.keyboard('{ArrowUp}');
    // Monday has no 08:00-10:00 any more: the nearest window of that day.
    expect(focused()).toBe('lunes 23/11/2026 · 10:00-12:00: 2 libres');
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(focused()).toBe('martes 24/11/2026 · 08:00-10:00: Llena');
    await userEvent.keyboard('{PageDown}');
    expect(focused()).toBe('viernes 27/11/2026 · 08:00-10:00: 2 libres');
  });

  it('takes a free place with Enter, refuses a full one, and says which is chosen', async () => {
    const onChange = await openPicker();
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}{ArrowLeft}{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('gridcell', { name: /martes 24\/11\/2026 · 08:00-10:00/ }).getAttribute('aria-disabled')).toBe(
      'true',
    );

    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith({ visitOn: '2026-11-25', timeWindow: '08:00-10:00' });
    expect(screen.getByRole('status').textContent).toBe('Cita elegida: miércoles 25/11/2026 · 08:00-10:00');
    const chosen = screen.getByRole('gridcell', { selected: true });
    expect(chosen.getAttribute('aria-label')).toBe('miércoles 25/11/2026 · 08:00-10:00: 2 libres');

    await userEvent.keyboard('{ArrowRight} ');
    expect(onChange).toHaveBeenLastCalledWith({ visitOn: '2026-11-25', timeWindow: '10:00-12:00' });
    await waitFor(() => expect(screen.getAllByRole('gridcell', { selected: true })).toHaveLength(1));
  });

  it('shows the appointment being moved without offering it', async () => {
    const onChange = await openPicker({ visitOn: '2026-11-25', timeWindow: '14:00-16:00' });
    const current = screen.getByRole('gridcell', { name: 'miércoles 25/11/2026 · 14:00-16:00: Cita actual' });
    await userEvent.click(current);
    expect(onChange).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(current);
  });
});
