// Start-up seeds run when what they load changed, and are skipped otherwise (a warm start stays quick).
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentHash, seedOnce } from '../../src-server/platform/seed-once';
import { loadReferenceData } from '../../src-server/reference-data';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('seedOnce', () => {
  it('runs the work the first time and again only when the content hash changes', async () => {
    const ctx = t.services.system('seed');
    let runs = 0;
    const work = async () => ++runs;
    expect(await seedOnce(ctx, 'probe', 'hash-a', work)).toBe(1);
    expect(await seedOnce(ctx, 'probe', 'hash-a', work)).toBe('unchanged');
    expect(await seedOnce(ctx, 'probe', 'hash-b', work)).toBe(2);
    expect(runs).toBe(2);
  });

  it('does not record a seed whose work failed, so the next start tries again', async () => {
    const ctx = t.services.system('seed');
    await expect(seedOnce(ctx, 'failing', 'h', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await t.db.prisma.seedState.findUnique({ where: { name: 'failing' } })).toBeNull();
  });

  it('hashes file names and bytes, and folders by their files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zsb-hash-'));
    writeFileSync(path.join(dir, 'a.json'), '{"a":1}');
    const before = contentHash([dir]);
    expect(contentHash([dir])).toBe(before);
    writeFileSync(path.join(dir, 'a.json'), '{"a":2}');
    expect(contentHash([dir])).not.toBe(before);
  });
});

describe('the reference data of a start', () => {
  it('loads the divisions and the catalog once, and skips both on the next start', async () => {
    const ctx = t.services.system('seed');
    const first = await loadReferenceData(ctx);
    expect(first.regions).toBe(1 + 10 + 137 + 3287);
    expect(first.catalog).toMatchObject({ published: 1 });
    // A queue for every village station and township centre, and for every department in each county and the city.
    const departments = await t.db.prisma.department.count();
    expect(first.queues).toEqual({ queues: 3287 + 137 + (10 + 1) * departments });
    // Every township's centre record and every village's station row (2,744 stations by the seeding rule).
    expect(first.servicePlaces).toEqual({ centres: 137, stations: 2744, villages: 3287 });
    expect(await loadReferenceData(ctx)).toEqual({ regions: 'unchanged', catalog: 'unchanged', queues: 'unchanged', servicePlaces: 'unchanged' });
    expect(await t.db.prisma.catalogVersion.count()).toBe(1);
  });
});
