// Use case: an admin adds a word residents use to a matter (POST /api/admin/search/aliases), usually from a search
// that found nothing. The alias is stored apart from the catalog (no republish) and the next search finds it:
// at once on this instance, within about a second on the others.
import type { SearchAlias } from '../../src-shared/contracts/search';
import { audit } from '../platform/audit';
import { isUniqueViolation } from '../platform/db/prisma-errors';
import { Errors } from '../platform/errors';
import { inTransaction, staffOf, type UseCaseContext } from '../platform/use-case';
import type { PublishedCatalog } from '../catalog/published-catalog';
import type { SearchService } from './search-service';
import { normalizeText } from './text';

export async function addSearchAlias(
  ctx: UseCaseContext,
  input: { matterId: string; alias: string },
  deps: { published: PublishedCatalog; search: SearchService },
): Promise<SearchAlias> {
  const staff = staffOf(ctx);
  const alias = normalizeText(input.alias).replace(/\s+/g, ' ');
  if (alias.length < 2) throw Errors.invalidInput([{ field: 'alias', message: '别名应包含至少 2 个汉字、字母或数字' }]);
  const snapshot = await deps.published.current();
  const matter = snapshot.byId.get(input.matterId);
  if (!matter || matter.status !== 'in_use') throw Errors.notFound('当前发布的目录中没有这个事项');
  if (matter.content.aliases.includes(alias) || matter.name === alias) throw Errors.conflict('alias_exists', '这个事项已经有这个名称或别名');
  try {
    const row = await inTransaction(ctx, async (tx) => {
      const created = await tx.db.searchAlias.create({
        data: { matterId: input.matterId, alias, createdBy: staff.username, createdAt: ctx.clock.now() },
      });
      await audit(tx, { action: 'search.alias_add', subjectType: 'matter', subjectId: input.matterId, details: { alias } });
      return created;
    });
    deps.search.addAliasNow(input.matterId, alias);
    return { id: row.id, matterId: row.matterId, matterName: matter.name, alias: row.alias, createdAt: row.createdAt.toISOString() };
  } catch (err) {
    if (isUniqueViolation(err)) throw Errors.conflict('alias_exists', '这个事项已经有这个别名');
    throw err;
  }
}
