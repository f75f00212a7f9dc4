// The delegation a county admin is about to change, locked for the transaction. Another county's delegation
// is not this admin's to see (404, as if it did not exist).
import { Errors } from '../platform/errors';
import { staffOf, type UseCaseContext } from '../platform/use-case';

export async function lockOwnDelegation(tx: UseCaseContext, id: string) {
  const actor = staffOf(tx);
  const [locked] = await tx.db.$queryRaw<{ id: string }[]>`SELECT id FROM delegation WHERE id = ${id}::uuid FOR UPDATE`;
  const row = locked ? await tx.db.delegation.findUnique({ where: { id } }) : null;
  if (!row || !actor.scopes.some((s) => s.kind === 'county' && s.regionCode === row.countyCode)) {
    throw Errors.notFound('没有找到这条下放记录');
  }
  return row;
}
