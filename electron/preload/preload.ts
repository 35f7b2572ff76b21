import { contextBridge, ipcRenderer } from 'electron';
import { EVENTS, type EventName, INVOKE_CHANNEL, type InvokeEnvelope, type VentanillaBridge } from '../shared/bridge';

/**
 * Runs sandboxed, before the renderer: it may only `require('electron')`, so it is bundled to
 * one CJS file. It exposes exactly VentanillaBridge and nothing of ipcRenderer itself: the page
 * can neither pick another channel nor see the IpcRendererEvent (whose `sender` is ipcRenderer).
 */

function isEventName(name: unknown): name is EventName {
  return (EVENTS as readonly unknown[]).includes(name);
}

const bridge: VentanillaBridge = {
  invoke(envelope: InvokeEnvelope): Promise<unknown> {
    // Copy the three fields: whatever else the page attached never crosses to main.
    return ipcRenderer.invoke(INVOKE_CHANNEL, { name: envelope.name, input: envelope.input, session: envelope.session });
  },
  on(event: EventName, listener: () => void): () => void {
    if (!isEventName(event)) throw new TypeError(`Evento desconocido: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('El oyente debe ser una función.');
    const forward = () => listener();
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('ventanilla', bridge);
