import type { SubscriberView } from '../../../api/subscribers';

export type { SubscriberView };
export type Movement = SubscriberView['movements'][number];
export type ConsumptionPoint = SubscriberView['consumption'][number];
export type StuckMeter = NonNullable<SubscriberView['stuckMeter']>;
