// Uploads by id, optionally only those `owner` made (for a submission, a file someone else uploaded is as good as
// missing). Read on every submission and case page: one prepared statement straight to the driver.
import { Prisma, type Upload } from '../generated/prisma/client';
import { selectColumns } from '../platform/db/model-columns';
import { sqlRows, type UseCaseContext } from '../platform/use-case';

const uploadColumns = selectColumns(Prisma.UploadScalarFieldEnum, 'u');

export function uploadsById(ctx: Pick<UseCaseContext, 'db' | 'sql'>, ids: string[], owner?: { kind: string; id: string }): Promise<Upload[]> {
  return sqlRows<Upload>(ctx, Prisma.sql`
    SELECT ${uploadColumns} FROM upload u
    WHERE u.id = ANY(${ids}::uuid[]) AND (${owner?.kind ?? null}::text IS NULL OR (u.owner_kind = ${owner?.kind ?? null}::text AND u.owner_id = ${owner?.id ?? null}::uuid))`, { prepared: true });
}
