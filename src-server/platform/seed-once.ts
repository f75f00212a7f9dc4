// Start-up seeds that only run when what they load changed. Each seed is named and keyed by a hash of its
// content (the data files and the code that loads them); a start whose hash matches the stored one skips the
// work. The seeds are idempotent, so two instances starting together may both run one without harm.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { UseCaseContext } from './use-case';

/** A hash of files and of every file under folders, by relative name and bytes. */
export function contentHash(paths: string[]): string {
  const hash = createHash('sha256');
  const add = (file: string) => {
    hash.update(path.basename(file)).update('\0').update(readFileSync(file)).update('\0');
  };
  for (const p of paths) {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) add(path.join(p, f));
    else add(p);
  }
  return hash.digest('hex');
}

/** Runs `work` unless the seed `name` was last completed with the same `hash`; then records the hash. */
export async function seedOnce<T>(ctx: UseCaseContext, name: string, hash: string, work: () => Promise<T>): Promise<T | 'unchanged'> {
  const last = await ctx.db.seedState.findUnique({ where: { name } });
  if (last?.contentHash === hash) return 'unchanged';
  const result = await work();
  const row = { contentHash: hash, seededAt: ctx.clock.now() };
  await ctx.db.seedState.upsert({ where: { name }, create: { name, ...row }, update: row });
  return result;
}
