import { prepared } from '../../statements';
import { subscriberIdOf } from './account';
import { defineKind } from './kind';

interface ReadingValue {
  code: string;
  period: string;
  readOn: string;
  reading: number | null;
  consumption: number;
  estimated: boolean;
}

const STORED =
  'SELECT read_on AS readOn, reading, consumption_m_3 AS consumption, estimated FROM meter_readings WHERE subscriber_id = ? AND period = ?';

/** Lecturas: one reading per subscriber and period; a corrected reading replaces the earlier one. */
export const lecturas = defineKind<ReadingValue>({
  read(cells) {
    const reading = cells.decimal('lectura');
    return {
      code: cells.text('codigo', 12, true),
      period: cells.period('periodo'),
      readOn: cells.date('fecha'),
      reading,
      consumption: cells.whole('consumo', 'un consumo en m³')!,
      // No reading taken means the consumption was estimated.
      estimated: cells.yesNo('estimada', false) || reading === null,
    };
  },
  key: (r) => `${r.code} ${r.period}`,
  classify(ctx, r) {
    const stored = prepared(ctx.sqlite, STORED).get(subscriberIdOf(ctx, r.code), r.period) as
      { readOn: string; reading: number | null; consumption: number; estimated: number } | undefined;
    if (!stored) return 'NEW';
    const same =
      stored.readOn === r.readOn &&
      stored.reading === r.reading &&
      stored.consumption === r.consumption &&
      stored.estimated === +r.estimated;
    return same ? 'UNCHANGED' : 'CHANGED';
  },
  apply(ctx, r) {
    prepared(
      ctx.sqlite,
      `INSERT INTO meter_readings (subscriber_id, period, read_on, reading, consumption_m_3, estimated) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (subscriber_id, period) DO UPDATE SET read_on = excluded.read_on, reading = excluded.reading,
         consumption_m_3 = excluded.consumption_m_3, estimated = excluded.estimated`,
    ).run(subscriberIdOf(ctx, r.code), r.period, r.readOn, r.reading, r.consumption, +r.estimated);
  },
});
