// The single IPC channel between preload and main; both import it so the name cannot drift.
export const INVOKE_CHANNEL = 'makegood:invoke';
