import type { z } from 'zod';
import type { Ctx } from '../context';
import type { padronHistory } from '../contract/padron.contract';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import { EDITS_OF_SUBSCRIBER, OWNERS_OF_SUBSCRIBER, STATUSES_OF_SUBSCRIBER } from './history.queries';

type History = z.infer<typeof padronHistory>;

/** The predio's fields as people read them, in the order the form shows them. */
const LABELS: Record<string, string> = {
  address: 'Dirección',
  neighborhood: 'Barrio',
  zoneId: 'Zona',
  routeId: 'Ruta',
  landUse: 'Uso',
  stratum: 'Estrato',
  aqueduct: 'Acueducto',
  sewer: 'Alcantarillado',
  waste: 'Aseo',
  hasMeter: 'Medidor',
  meterSerial: 'Serial del medidor',
  meterBrand: 'Marca del medidor',
};

const WHAT: Record<string, string> = {
  'padron.register': 'Matrícula',
  'padron.update': 'Edición del predio',
  'imports.apply': 'Importación del padrón',
};

/** A stored value as a person reads it: the ruta's code, the zona's name, Sí/No. */
function shown(ctx: Ctx, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  if (field === 'zoneId')
    return (
      (prepared(ctx.sqlite, 'SELECT name FROM zones WHERE id = ?').get(value) as { name: string } | undefined)?.name ??
      String(value)
    );
  if (field === 'routeId')
    return (
      (prepared(ctx.sqlite, 'SELECT code FROM routes WHERE id = ?').get(value) as { code: string } | undefined)?.code ??
      String(value)
    );
  return String(value);
}

const parse = (json: string | null): Record<string, unknown> => (json ? (JSON.parse(json) as Record<string, unknown>) : {});

/** Edits (who, when, before → after), lifecycle moves and titulares of a subscriber. */
export function padronHistoryOf(ctx: Ctx, code: string): History {
  const subscriber = getByCode(ctx, code);
  const audits = prepared(ctx.sqlite, EDITS_OF_SUBSCRIBER).all(code) as {
    at: string;
    user: string;
    procedure: string;
    before: string | null;
    after: string | null;
  }[];
  const edits = audits.map((a) => {
    const before = parse(a.before);
    const after = parse(a.after);
    const changes = Object.keys(LABELS)
      .filter((k) => k in after && (a.before === null || JSON.stringify(before[k]) !== JSON.stringify(after[k])))
      .map((k) => ({
        field: LABELS[k]!,
        before: a.before === null ? '' : shown(ctx, k, before[k]),
        after: shown(ctx, k, after[k]),
      }));
    return { at: a.at, user: a.user, what: WHAT[a.procedure] ?? a.procedure, changes };
  });
  const statuses = prepared(ctx.sqlite, STATUSES_OF_SUBSCRIBER).all(subscriber.id) as History['statuses'];
  const owners = (
    prepared(ctx.sqlite, OWNERS_OF_SUBSCRIBER).all(subscriber.id) as (Omit<History['owners'][number], 'documents'> & {
      documents: string;
    })[]
  ).map((o) => ({ ...o, documents: JSON.parse(o.documents) as string[] }));
  return { edits, statuses, owners };
}
