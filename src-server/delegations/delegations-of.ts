// A county's delegation rows for one matter, oldest first: what routing decides by (a submission, a preview, a
// guide's place). Read on every submission: one prepared statement straight to the driver.
import { Prisma } from '../generated/prisma/client';
import { sqlRows, type UseCaseContext } from '../platform/use-case';
import type { DelegationForRouting } from '../routing/decide-queue';

export function delegationsOf(ctx: Pick<UseCaseContext, 'db' | 'sql'>, countyCode: string, matterId: string): Promise<(DelegationForRouting & { countyCode: string; matterId: string })[]> {
  return sqlRows(ctx, Prisma.sql`
    SELECT id, county_code AS "countyCode", matter_id AS "matterId", target::text, township_codes AS "townshipCodes", document_no AS "documentNo",
           effective_from AS "effectiveFrom", effective_until AS "effectiveUntil", taken_up AS "takenUp", recall_document AS "recallDocument"
    FROM delegation WHERE county_code = ${countyCode} AND matter_id = ${matterId}::uuid ORDER BY created_at, id`, { prepared: true });
}
