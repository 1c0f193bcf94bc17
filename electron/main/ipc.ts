import type { Core } from '../core/api/core';
import { ipcChannels } from '../../shared/api/bridge';
import type { BrowserWindowLike, IpcMainLike } from './electron-api';
import { checkCall, languageOf, refusal } from './incoming-call';
import { isAppUrl } from './origin';

/**
 * Binds the renderer's calls to the core and the core's pushes to our windows. Every call is
 * checked for where it comes from before anything else: only a frame showing our own renderer may
 * reach the core. Returns the unbinding.
 */
export function bindIpc(ipcMain: IpcMainLike, core: Core, windows: () => readonly BrowserWindowLike[]): () => void {
  let nextId = 1;
  ipcMain.handle(ipcChannels.invoke, async (event, payload) => {
    const frameUrl = event.senderFrame?.url;
    if (frameUrl === undefined || !isAppUrl(frameUrl)) return refusal('forbidden', languageOf(payload));
    const checked = checkCall(payload, nextId++);
    if (!checked.ok) return checked;
    try {
      return await core.call(checked.envelope);
    } catch (error) {
      // The core turns its own errors into results; reaching here is a bug, so log it and fail soft.
      console.error('Lianxin core call failed', error);
      return refusal('internal', checked.envelope.lang);
    }
  });
  const stopPush = core.onPush((name, payload) => {
    for (const window of windows()) {
      if (!window.isDestroyed() && isAppUrl(window.webContents.getURL())) {
        window.webContents.send(ipcChannels.push, name, payload);
      }
    }
  });
  return () => {
    ipcMain.removeHandler(ipcChannels.invoke);
    stopPush();
  };
}
