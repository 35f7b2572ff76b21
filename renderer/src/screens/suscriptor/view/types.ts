import type { Output } from '../../../api';

export type SubscriberView = Output<'subscribers.view'>;
export type Movement = SubscriberView['movements'][number];
export type ConsumptionPoint = SubscriberView['consumption'][number];
