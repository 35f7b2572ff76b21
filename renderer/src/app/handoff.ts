import type { Service } from '../../../db/schema/enums';
import type { SubscriberView } from '../api/subscribers';

/**
 * What one screen hands to the next it opens: SUSCRIPTOR offers a trámite for the subscriber on
 * screen (an inspección de medidor when its meter looks stuck or its consumption is high), and
 * PQR → TRÁMITE starts with that subscriber, service and causal filled in.
 */
export type Handoff = {
  kind: 'tramite';
  subscriber: SubscriberView;
  service: Service;
  causeName: string;
};
