// Reading an upload's bytes (or its preview). Materials are personal data (rules.md): only the uploader, the
// resident whose case uses the file, and staff whose scope covers the queue holding such a case may read it.
// Everyone else is told it does not exist, so ids reveal nothing. A staff member's view through a case is
// written to the audit trail.
import type { Prisma } from '../generated/prisma/client';
import { audit } from '../platform/audit';
import { Errors } from '../platform/errors';
import { actorOf, type UseCaseContext } from '../platform/use-case';
import { staffCoversQueue } from '../queues/queue-access';
import { storageOf } from './storage';

export type UploadPart = 'original' | 'preview';

export interface UploadContent {
  bytes: Buffer;
  mime: string;
  fileName: string | null;
  /** Stable for the same bytes: the sha256 of the original (with a suffix for the preview). */
  etag: string;
}

interface UploadRow {
  id: string;
  ownerKind: string;
  ownerId: string;
}

/** Cases that use the file: as a material (any round), or as the result file of a finished case. */
function casesUsing(upload: UploadRow): Prisma.ApplicationWhereInput {
  const uses: Prisma.ApplicationWhereInput[] = [{ materials: { some: { uploadId: upload.id } } }];
  // Result files are uploaded by the clerk who finishes the case: only then look into the outcome (unindexed).
  if (upload.ownerKind === 'staff') uses.push({ outcome: { path: ['fileUploadId'], equals: upload.id } });
  return { OR: uses };
}

/** How the caller may read the upload: as its uploader, through a case (its id), or not at all. */
async function accessTo(ctx: UseCaseContext, upload: UploadRow): Promise<{ via: 'owner' } | { via: 'case'; applicationId: string } | null> {
  const actor = actorOf(ctx);
  const ownId = actor.kind === 'resident' ? actor.residentId : actor.staffId;
  if (upload.ownerKind === actor.kind && upload.ownerId === ownId) return { via: 'owner' };
  if (actor.kind === 'resident') {
    const own = await ctx.db.application.findFirst({ where: { ...casesUsing(upload), ownerResidentId: actor.residentId }, select: { id: true } });
    return own ? { via: 'case', applicationId: own.id } : null;
  }
  const cases = await ctx.db.application.findMany({
    where: casesUsing(upload),
    select: { id: true, queue: { select: { kind: true, regionCode: true, departmentCode: true, countyCode: true } } },
  });
  const covered = cases.find((c) => staffCoversQueue(actor, c.queue));
  return covered ? { via: 'case', applicationId: covered.id } : null;
}

export async function readUpload(ctx: UseCaseContext, input: { id: string; part: UploadPart }): Promise<UploadContent> {
  const upload = await ctx.db.upload.findUnique({ where: { id: input.id } });
  const access = upload && (await accessTo(ctx, upload));
  if (!upload || !access) throw Errors.notFound('没有找到这个文件');
  const key = input.part === 'preview' ? upload.previewKey : upload.storageKey;
  if (!key) throw Errors.notFound('这个文件没有预览图');
  const bytes = await storageOf(ctx).get(key);
  if (!bytes) throw Errors.notFound('没有找到这个文件');
  if (ctx.caller?.kind === 'staff' && access.via === 'case') {
    await audit(ctx, { action: 'upload.view', subjectType: 'upload', subjectId: upload.id, details: { part: input.part, applicationId: access.applicationId } });
  }
  return input.part === 'preview'
    ? { bytes, mime: 'image/jpeg', fileName: upload.fileName && `${upload.fileName.replace(/\.[^.]*$/, '')}-预览.jpg`, etag: `${upload.sha256}-preview` }
    : { bytes, mime: upload.mime, fileName: upload.fileName, etag: upload.sha256 };
}
