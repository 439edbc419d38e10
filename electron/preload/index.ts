// Runs sandboxed before the renderer: exposes one typed `invoke` and one `onChange`, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelName, Invoke, Request, Response } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { CHANGED_CHANNEL, INVOKE_CHANNEL } from './channel';

const invoke: Invoke = <C extends ChannelName>(channel: C, request: Request<C>) =>
  // Main validates both directions, so the renderer may trust the shape it gets back.
  ipcRenderer.invoke(INVOKE_CHANNEL, channel, request) as Promise<Result<Response<C>>>;

/** Calls `listener` (with nothing: not the IPC event, which carries the sender) each time the data changes; returns the way to stop. */
const onChange = (listener: () => void): (() => void) => {
  const relay = () => listener();
  ipcRenderer.on(CHANGED_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(CHANGED_CHANNEL, relay);
  };
};

contextBridge.exposeInMainWorld('makegood', { invoke, onChange });
