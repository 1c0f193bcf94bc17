import type { Core } from '../core/api/core';
import { createSessionTracker } from '../core/api/session-tracker';
import { ipcChannels } from '../../shared/api/bridge';
import type { BrowserWindowLike, IpcMainInvokeEventLike, IpcMainLike } from './electron-api';
import { checkCall, languageOf, refusal } from './incoming-call';
import { isAppUrl } from './origin';

/**
 * Binds the renderer's calls to the core and the core's pushes to our windows. Every call is
 * checked for where it comes from before anything else: only a frame showing our own renderer may
 * reach the core. Returns the unbinding.
 */
export function bindIpc(ipcMain: IpcMainLike, core: Core, windows: () => readonly BrowserWindowLike[]): () => void {
  let nextId = 1;
  // One seat, one login: the windows share the session the app's calls use.
  const session = createSessionTracker();
  ipcMain.handle(ipcChannels.invoke, async (event, payload) => {
    if (!fromMainFrame(event)) return refusal('forbidden', languageOf(payload));
    const checked = checkCall(payload, nextId++);
    if (!checked.ok) return checked;
    try {
      const result = await core.call(checked.envelope, { address: 'ipc' });
      session.observe(checked.envelope, result);
      return result;
    } catch (error) {
      // The core turns its own errors into results; reaching here is a bug, so log it and fail soft.
      console.error('Lianxin core call failed', error);
      return refusal('internal', checked.envelope.lang);
    }
  });
  const stopPush = core.subscribe(session.token, (name, payload) => {
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

/**
 * Only the top frame of a page showing our renderer may call (VS Code's validatedIpcMain): an
 * iframe, even one on our own origin, is refused, as is a frame that has gone.
 */
function fromMainFrame(event: IpcMainInvokeEventLike): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}
