// The IPC channels between preload and main; both import them so the names cannot drift.
export const INVOKE_CHANNEL = 'makegood:invoke';
/** Main to the window only: "the data changed" (no payload); the page refetches what it shows. */
export const CHANGED_CHANNEL = 'makegood:changed';
