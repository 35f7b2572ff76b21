import type { puestosContract } from '../contract/puestos.contract';
import type { HandlersOf } from '../handler';
import { createPuesto, listPuestos, newPairingCode, pairPuesto, recognizePuesto, revokePuesto } from './puestos.service';

export const puestosHandlers = {
  'puestos.list': (ctx) => listPuestos(ctx),
  'puestos.create': createPuesto,
  'puestos.newCode': newPairingCode,
  'puestos.revoke': revokePuesto,
  'puestos.pair': pairPuesto,
  'puestos.recognize': recognizePuesto,
} satisfies HandlersOf<typeof puestosContract>;
