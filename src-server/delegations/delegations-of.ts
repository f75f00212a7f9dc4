// A county's delegation rows for one matter, oldest first: what routing decides by (a submission, a preview, a
// guide's place). Read on every submission: one prepared statement straight to the driver.
import { Prisma, type Delegation } from '../generated/prisma/client';
import { selectColumns } from '../platform/db/model-columns';
import { sqlRows, type UseCaseContext } from '../platform/use-case';

const delegationColumns = selectColumns(Prisma.DelegationScalarFieldEnum, 'd');

export function delegationsOf(ctx: Pick<UseCaseContext, 'db' | 'sql'>, countyCode: string, matterId: string): Promise<Delegation[]> {
  return sqlRows(ctx, Prisma.sql`
    SELECT ${delegationColumns} FROM delegation d
    WHERE d.county_code = ${countyCode} AND d.matter_id = ${matterId}::uuid ORDER BY d.created_at, d.id`, { prepared: true });
}
