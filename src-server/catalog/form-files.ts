// The files behind 有空白表格 / 有填写样表, kept with the catalog version: publishing makes each claimed form from
// the matter's fields (form-templates.ts), stores the bytes once by SHA-256 (table catalog_form_file) and writes
// the reference into the published material, so a version always serves the file it was published with.
// An uploaded file (generated: false) is kept as it is; a generated one is made again from the new content.
import { createHash } from 'node:crypto';
import type { FormFileRef, MatterSource } from '../../src-shared/contracts/catalog-source';
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { renderForm, type FormKind } from './form-templates';
import { materialId } from './present-guide';

type Material = MatterSource['materials'][number];
type Db = Pick<UseCaseContext, 'db'>['db'];

const refKey = { blank: 'blankFile', sample: 'sampleFile' } as const;
const claimKey = { blank: 'blankForm', sample: 'sampleForm' } as const;

/** Every material of a matter with the scope its id is made from (common, or the situation's key). */
export function scopedMaterials(m: MatterSource): { scope: string; material: Material }[] {
  return [
    ...m.materials.map((material) => ({ scope: 'common', material })),
    ...m.situations.flatMap((s) => s.materials.map((material) => ({ scope: s.key, material }))),
  ];
}

/**
 * The content to publish: each material that claims a form gets its file reference (made now unless an admin
 * uploaded one); a claim no file can be made for has none, so the guide does not show its tag. Stores new files.
 */
export async function attachFormFiles(
  db: Db,
  items: { content: MatterSource; departmentName: string }[],
): Promise<MatterSource[]> {
  const files = new Map<string, { contentType: string; bytes: Buffer }>();
  const attach = (m: MatterSource, departmentName: string) => (material: Material): Material => {
    const out: Material = { ...material };
    for (const kind of ['blank', 'sample'] as const) {
      const kept = material[refKey[kind]];
      delete out[refKey[kind]];
      if (!material[claimKey[kind]]) continue;
      if (kept && !kept.generated) {
        out[refKey[kind]] = kept;
        continue;
      }
      const bytes = renderForm({ matter: m, departmentName, materialName: material.name }, kind);
      if (!bytes) continue;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      files.set(sha256, { contentType: 'application/pdf', bytes });
      out[refKey[kind]] = { sha256, contentType: 'application/pdf', generated: true };
    }
    return out;
  };
  const contents = items.map(({ content: m, departmentName }) => ({
    ...m,
    materials: m.materials.map(attach(m, departmentName)),
    situations: m.situations.map((s) => ({ ...s, materials: s.materials.map(attach(m, departmentName)) })),
  }));
  await storeFiles(db, files);
  return contents;
}

/** Inserts the files not stored yet (most publications change few forms, so few bytes travel). */
async function storeFiles(db: Db, files: Map<string, { contentType: string; bytes: Buffer }>) {
  if (files.size === 0) return;
  const have = await db.catalogFormFile.findMany({ where: { sha256: { in: [...files.keys()] } }, select: { sha256: true } });
  const known = new Set(have.map((f) => f.sha256));
  const fresh = [...files].filter(([sha]) => !known.has(sha));
  for (let i = 0; i < fresh.length; i += 100) {
    await db.catalogFormFile.createMany({
      data: fresh.slice(i, i + 100).map(([sha256, f]) => ({ sha256, contentType: f.contentType, bytes: new Uint8Array(f.bytes) })),
      skipDuplicates: true,
    });
  }
}

/** The reference of a material's file in a published matter, or null when the guide shows no such tag. */
export function formFileOf(m: MatterSource, id: string, kind: FormKind): { ref: FormFileRef; material: Material } | null {
  const found = scopedMaterials(m).find(({ scope, material }) => materialId(scope, material.name) === id);
  if (!found) return null;
  const ref = found.material[claimKey[kind]] ? found.material[refKey[kind]] : undefined;
  return ref ? { ref, material: found.material } : null;
}

/** The stored bytes of a form file. */
export async function readFormFile({ db }: Pick<UseCaseContext, 'db'>, ref: FormFileRef) {
  const file = await db.catalogFormFile.findUnique({ where: { sha256: ref.sha256 } });
  if (!file) throw Errors.notFound('这份表格文件已不存在，请到办理窗口领取');
  return { contentType: file.contentType, bytes: Buffer.from(file.bytes) };
}

/** A published matter as authored: without the generated form references (the next publication makes them again). */
export function withoutGeneratedForms(m: MatterSource): MatterSource {
  const strip = (material: Material): Material => {
    const out: Material = { ...material };
    if (out.blankFile?.generated) delete out.blankFile;
    if (out.sampleFile?.generated) delete out.sampleFile;
    return out;
  };
  return { ...m, materials: m.materials.map(strip), situations: m.situations.map((s) => ({ ...s, materials: s.materials.map(strip) })) };
}
