// What the search indexes of a matter, from the three shapes a catalog comes in: a published guide (the
// server), our catalog files or export (the eval tool), and a foreign list with names only (guangan's shape).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { DepartmentSource, MatterSource } from '../../src-shared/contracts/catalog-source';
import { MatterSourceSchema } from '../../src-shared/contracts/catalog-source';
import { isHandheld } from '../../src-shared/catalog/source-rules';
import { readDepartmentSources } from '../catalog/catalog-files';
import type { SearchDoc } from './search-index';

/** The search document of a published matter: its name, aliases, keywords, conditions and guide text. */
export function docOfMatter(
  id: string,
  content: MatterSource,
  department: { code: string; name: string },
  extra: { handheld: boolean; level?: number },
): SearchDoc {
  const text = [
    content.mainItem,
    ...content.situations.map((s) => s.name),
    content.result.name,
    ...content.faq.map((f) => f.q),
    ...content.topics,
  ].filter(Boolean).join('\n');
  return {
    id,
    name: content.name,
    department,
    level: extra.level ?? content.level,
    handheld: extra.handheld,
    aliases: content.aliases,
    keywords: content.keywords,
    conditions: content.conditions,
    text,
  };
}

const handheldOf = isHandheld;

/** Our committed catalog files (prisma/data/catalog), matters keyed by their stable key. */
export function docsOfDepartmentSources(departments: DepartmentSource[] = readDepartmentSources()): SearchDoc[] {
  return departments.flatMap((d) =>
    d.matters.map((m) => docOfMatter(m.key, m, { code: d.code, name: d.name }, { handheld: handheldOf(m) })),
  );
}

const ForeignCatalogSchema = z.object({
  matters: z.array(z.object({ name: z.string().min(1), department: z.string().min(1), implementCode: z.string().optional(), regionCode: z.string().optional() })),
});
const ExportSchema = z.object({
  departments: z.array(z.object({ code: z.string(), name: z.string(), matters: z.array(z.unknown()) })),
});

/** A foreign catalog with names only: nothing but the name and the department to go on. */
export function docsOfForeignCatalog(body: unknown): SearchDoc[] {
  const parsed = ForeignCatalogSchema.parse(body);
  return parsed.matters.map((m, i) => ({
    id: m.implementCode ?? `m${i}`,
    name: m.name,
    department: { code: m.department, name: m.department },
    level: 4,
    handheld: false,
    aliases: [],
    keywords: [],
    conditions: [],
    text: '',
  }));
}

/** A catalog file as the eval and bench tools take it: guangan's shape or our JSON export. */
export function docsOfCatalogFile(file: string): SearchDoc[] {
  const body = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (ExportSchema.safeParse(body).success) {
    const exp = ExportSchema.parse(body);
    return exp.departments.flatMap((d) =>
      d.matters.map((raw) => {
        const m = MatterSourceSchema.parse(raw);
        return docOfMatter(m.key, m, { code: d.code, name: d.name }, { handheld: handheldOf(m) });
      }),
    );
  }
  return docsOfForeignCatalog(body);
}
