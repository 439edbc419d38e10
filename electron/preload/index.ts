// Runs sandboxed before the renderer: exposes exactly one typed `invoke`, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelName, Invoke, Request, Response } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { INVOKE_CHANNEL } from './channel';

const invoke: Invoke = <C extends ChannelName>(channel: C, request: Request<C>) =>
  // Main validates both directions, so the renderer may trust the shape it gets back.
  ipcRenderer.invoke(INVOKE_CHANNEL, channel, request) as Promise<Result<Response<C>>>;

contextBridge.exposeInMainWorld('makegood', { invoke });
