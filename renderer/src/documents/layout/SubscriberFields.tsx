import type { ReactNode } from 'react';
import type { SubscriberSummary } from '../../../../electron/core/contract/subscribers.contract';
import { Field, Fields, Section } from './blocks';

type Place = Pick<SubscriberSummary, 'address' | 'neighborhood' | 'routeCode' | 'zoneName'>;
type Subscriber = Pick<SubscriberSummary, 'code' | 'ownerName'> & Place;

/** Where the service is: address, barrio and route · zone, in one row of the grid. */
export function SubscriberPlaceFields({ subscriber }: { subscriber: Place }) {
  return (
    <>
      <Field label="Dirección" span={2}>
        {subscriber.address}
      </Field>
      <Field label="Barrio">{subscriber.neighborhood}</Field>
      <Field label="Ruta · Zona">
        {subscriber.routeCode} · {subscriber.zoneName}
      </Field>
    </>
  );
}

/** The "Suscriptor" box of a document: code, name and place; `children` adds fields after them. */
export function SubscriberSection({ subscriber, children }: { subscriber: Subscriber; children?: ReactNode }) {
  return (
    <Section title="Suscriptor">
      <Fields>
        <Field label="Código">{subscriber.code}</Field>
        <Field label="Nombre del suscriptor" span={3}>
          {subscriber.ownerName}
        </Field>
        <SubscriberPlaceFields subscriber={subscriber} />
        {children}
      </Fields>
    </Section>
  );
}
