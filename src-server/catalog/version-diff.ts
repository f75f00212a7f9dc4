// Use case: what changed between two published versions: matters added, removed, and changed (which guide
// fields, each with its value before and after as the catalog office reads it).
import { changeText } from '../../src-shared/catalog/field-text';
import { fieldLabel } from '../../src-shared/catalog/labels';
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
    const oldContent: Record<string, unknown> = { ...(old.content as Record<string, unknown>), status: old.status };
    const newContent: Record<string, unknown> = { ...(now.content as Record<string, unknown>), status: now.status };
    const fields = [...new Set([...Object.keys(oldContent), ...Object.keys(newContent)])].filter(
      (k) => JSON.stringify(oldContent[k]) !== JSON.stringify(newContent[k]),
    );
    if (fields.length > 0) {
      const changes = fields.map((field) => ({ field, label: fieldLabel(field), ...changeText(field, oldContent[field], newContent[field]) }));
      changed.push({ id, name: now.name, fields, changes });
    }
  }
  return {
    from,
    to,
    added: b.filter((m) => !before.has(m.matterId)).map((m) => ({ id: m.matterId, name: m.name })),
    removed: a.filter((m) => !after.has(m.matterId)).map((m) => ({ id: m.matterId, name: m.name })),
    changed,
  };
}
