// Use case: the blank form or filled sample of one material, as the given (or current) version published it.
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import type { UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import type { FormKind } from './form-templates';
import { formFileOf, readFormFile } from './form-files';
import type { PublishedCatalog } from './published-catalog';

export async function getFormFile(
  ctx: UseCaseContext,
  { matterId, materialId, kind, version }: { matterId: string; materialId: string; kind: FormKind; version?: number },
  published: PublishedCatalog,
) {
  const snapshot = await published.current();
  let content: MatterSource | undefined;
  let at = snapshot.version;
  if (version === undefined || version === snapshot.version) {
    content = snapshot.byId.get(matterId)?.content;
  } else {
    const row = await ctx.db.publishedMatter.findUnique({ where: { version_matterId: { version, matterId } }, select: { content: true } });
    content = row?.content as MatterSource | undefined;
    at = version;
  }
  if (!content) throw Errors.notFound(`第 ${at} 版目录中没有这个事项`);
  const found = formFileOf(content, materialId, kind);
  if (!found) throw Errors.notFound(kind === 'blank' ? '这项材料没有可下载的空白表格' : '这项材料没有可下载的填写样表');
  const file = await readFormFile(ctx, found.ref);
  const label = kind === 'blank' ? '空白表格' : '填写样表';
  const extension = file.contentType === 'application/pdf' ? 'pdf' : file.contentType === 'image/png' ? 'png' : 'jpg';
  return { ...file, sha256: found.ref.sha256, version: at, filename: `${found.material.name.replace(/[《》\\/:*?"<>|]/g, '')}（${label}）.${extension}` };
}
