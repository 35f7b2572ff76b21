import { useSyncExternalStore } from 'react';
import type { StationInfo } from '../../../electron/core/contract/station.contract';
import { OFFLINE_MESSAGE } from '../../../electron/shared/bridge';
import { call, type ProcedureName, type Result } from '.';
import { onResult } from './client';

/**
 * This computer's link to the office: what it is (station.info) and, on a puesto, whether the
 * office server answers. Every answer of every call passes here (api/client's onResult): an
 * OFFLINE one raises the banner and starts asking until the server answers again; an UNPAIRED one
 * says the server no longer knows this puesto. Kept outside the session's cache: the login needs
 * it before anyone logs in.
 */

export interface OfficeLink {
  /** What this computer is; null until first read. */
  station: StationInfo | null;
  /** The banner's text while the office server cannot be reached. */
  offline: string | null;
  /** The server's refusal of this puesto (revoked or unknown), until it answers it again. */
  unpaired: string | null;
}

/** How often a puesto that lost its server asks again (its own station, then the server). */
export const RETRY_EVERY_MS = 2_500;

const INITIAL: OfficeLink = { station: null, offline: null, unpaired: null };
let link: OfficeLink = INITIAL;
const watchers = new Set<() => void>();
let listening = false;
let polling = false;

function update(patch: Partial<OfficeLink>): void {
  const next = { ...link, ...patch };
  if ((Object.keys(patch) as (keyof OfficeLink)[]).every((k) => next[k] === link[k])) return;
  link = next;
  watchers.forEach((w) => w());
}

/** Station procedures are answered by this computer itself: they say nothing about the server. */
const isStation = (name: string) => name.startsWith('station.');

function heard(name: ProcedureName, result: Result<unknown>): void {
  if (isStation(name)) {
    // Paired, left or changed mode: another office (or none) is behind this window now.
    if (result.ok && name !== 'station.info' && name !== 'station.discover') {
      update({ offline: null, unpaired: null });
      void readStation();
    }
    return;
  }
  if (!result.ok && result.error.code === 'OFFLINE') {
    update({ offline: OFFLINE_MESSAGE });
    void retry();
    return;
  }
  update({ offline: null, ...(result.ok ? { unpaired: null } : {}) });
  if (!result.ok && result.error.code === 'UNPAIRED') update({ unpaired: result.error.message });
}

async function readStation() {
  const result = await call('station.info', {});
  if (result.ok) update({ station: result.data });
  return result;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Until the server answers: this computer's station, then a cheap call to the server (whatever it answers but OFFLINE). */
async function retry(): Promise<void> {
  if (polling) return;
  polling = true;
  try {
    while (link.offline && watchers.size > 0) {
      await sleep(RETRY_EVERY_MS);
      const station = await readStation();
      if (station.ok && (station.data.mode !== 'PUESTO' || station.data.reachable === true)) {
        update({ offline: null });
        break;
      }
      if (link.offline) await call('auth.session', {});
    }
  } finally {
    polling = false;
  }
}

function subscribe(watcher: () => void): () => void {
  watchers.add(watcher);
  if (!listening) onResult(heard);
  listening = true;
  if (link.offline) void retry();
  return () => watchers.delete(watcher);
}

/** Also reads what this computer is, the first time it is asked (the login's puesto line). */
function subscribeWithStation(watcher: () => void): () => void {
  const stop = subscribe(watcher);
  if (link.station === null) void readStation();
  return stop;
}

const current = () => link;
const beforeStart = () => INITIAL;

/** Whether the office server answers (the banner). */
export function useOfficeLink(): OfficeLink {
  return useSyncExternalStore(subscribe, current, beforeStart);
}

/** The office link with what this computer is: the login's puesto line and its re-pairing button. */
export function useStationLink(): OfficeLink {
  return useSyncExternalStore(subscribeWithStation, current, beforeStart);
}
