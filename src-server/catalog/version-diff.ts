// Use case: what changed between two published versions: matters added, removed, and changed (which guide
// fields).
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';

export async function diffVersions(ctx: UseCaseContext, { from, to }: { from: number; to: number }) {
  const [a, b] = await Promise.all(
    [from, to].map((version) =>
      ctx.db.publishedMatter.findMany({ where: { version }, select: { matterId: true, name: true, status: true, content: true } }),
    ),
  );
  const versions = await ctx.db.catalogVersion.count({ where: { version: { in: [from, to] } } });
  if (versions !== (from === to ? 1 : 2)) throw Errors.notFound('没有这个目录版本');
  const before = new Map(a.map((m) => [m.matterId, m]));
  const after = new Map(b.map((m) => [m.matterId, m]));
  const changed = [];
  for (const [id, now] of after) {
    const old = before.get(id);
    if (!old) continue;
    const oldContent = old.content as Record<string, unknown>;
    const newContent = now.content as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(oldContent), ...Object.keys(newContent)])].filter(
      (k) => JSON.stringify(oldContent[k]) !== JSON.stringify(newContent[k]),
    );
    if (old.status !== now.status) fields.push('status');
    if (fields.length > 0) changed.push({ id, name: now.name, fields });
  }
  return {
    from,
    to,
    added: b.filter((m) => !before.has(m.matterId)).map((m) => ({ id: m.matterId, name: m.name })),
    removed: a.filter((m) => !after.has(m.matterId)).map((m) => ({ id: m.matterId, name: m.name })),
    changed,
  };
}
