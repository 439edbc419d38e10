// electron-builder's beforePack hook: the Electron build of better-sqlite3 for the target being packaged,
// in the per-target folder electron-builder.yml's extraResources takes it from (before it is copied).
import builder from 'electron-builder';
import { buildElectronNative, placeStandInAddon } from './build-electron-native.mjs';

/** Set only by scripts/package-dry-run.mjs, where Electron's headers cannot be fetched. */
export const DRY_RUN_ENV = 'MAKEGOOD_PACKAGE_DRY_RUN';

export default async function beforePack(context) {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = builder.Arch[context.arch];
  if (process.env[DRY_RUN_ENV] === '1') {
    const path = placeStandInAddon(platform, arch);
    console.log(`  • DRY RUN: stand-in addon (the Node build, which Electron cannot load) at ${path}; do not ship this build`);
    return;
  }
  try {
    const path = await buildElectronNative({ platform, arch, log: (line) => console.log(`  • ${line}`) });
    console.log(`  • Electron build of better-sqlite3 for ${platform}-${arch}: ${path}`);
  } catch (error) {
    // electron-builder prints a thrown error with its stack; the sentence is what matters.
    console.error(`Packaging stopped: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}
