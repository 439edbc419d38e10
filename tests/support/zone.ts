import { afterAll } from 'vitest';

/**
 * Runs this test file in `zone` (Node rereads process.env.TZ when it is set), from the moment it is
 * called, so call it before the file makes any Date at load; the zone it found is put back after.
 */
export function inZone(zone: string): void {
  const before = process.env.TZ;
  process.env.TZ = zone;
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
