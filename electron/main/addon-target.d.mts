export interface AddonTarget {
  platform: 'linux' | 'darwin' | 'win32';
  arch: string;
}
/** Which system and processor a native addon (.node) was built for, from its file header; null when it is not a shared library. */
export function addonTarget(path: string): AddonTarget | null;
