// Uploads by id, optionally only those `owner` made (for a submission, a file someone else uploaded is as good as
// missing). Read on every submission and case page: one prepared statement straight to the driver.
import { Prisma, type Upload } from '../generated/prisma/client';
import { sqlRows, type UseCaseContext } from '../platform/use-case';

export function uploadsById(ctx: Pick<UseCaseContext, 'db' | 'sql'>, ids: string[], owner?: { kind: string; id: string }): Promise<Upload[]> {
  return sqlRows<Upload>(ctx, Prisma.sql`
    SELECT id, owner_kind AS "ownerKind", owner_id AS "ownerId", mime, size, sha256, file_name AS "fileName", storage_key AS "storageKey",
           preview_key AS "previewKey", width, height, created_at AS "createdAt"
    FROM upload
    WHERE id = ANY(${ids}::uuid[]) AND (${owner?.kind ?? null}::text IS NULL OR (owner_kind = ${owner?.kind ?? null}::text AND owner_id = ${owner?.id ?? null}::uuid))`, { prepared: true });
}
