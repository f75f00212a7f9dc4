// Use case: publish the catalog. Runs the publishing rules over every draft; any failure refuses the whole
// publication (a rule violation listing them); otherwise writes a new immutable version holding a copy of every matter
// in use, and the audit record, in one transaction.
import type { Prisma } from '../generated/prisma/client';
import { MatterSourceSchema, type MatterSource } from '../../src-shared/contracts/catalog-source';
import { isHandheld, isTownship, isVillage } from '../../src-shared/catalog/source-rules';
import type { MatterStatusCode } from '../../src-shared/catalog/matter-status';
import { actorRef, audit } from '../platform/audit';
import { lockForTransaction } from '../platform/db/locks';
import { inTransaction, type UseCaseContext } from '../platform/use-case';
import { Errors } from '../platform/errors';
import { checkDrafts, type CoverageInput, type QaError } from './quality-rules';
import { readCounties } from './catalog-files';
import { forgetCurrentVersion } from './current-version';
import { attachFormFiles } from './form-files';

/** What rule 6 needs: the counties, and the delegations in force on a day. */
export async function coverageOn({ db }: Pick<UseCaseContext, 'db'>, day: string): Promise<CoverageInput> {
  const at = new Date(day);
  const delegations = await db.delegation.findMany({
    where: { effectiveFrom: { lte: at }, OR: [{ effectiveUntil: null }, { effectiveUntil: { gt: at } }] },
    select: { matterId: true, countyCode: true },
  });
  return { counties: readCounties().counties, delegations };
}

export interface PublishResult {
  version: number;
  counts: { matters: number; handheld: number; township: number; village: number };
}

/** What a version records as its publisher: the staff member's id, or the system's name (seed). */
export const publisherOf = (ctx: UseCaseContext): string => {
  const ref = actorRef(ctx.caller);
  return ref.actorId ?? ref.actorKind;
};

export function publishedRow(version: number, draft: { id: string; status: MatterStatusCode }, m: MatterSource, departmentCode: string) {
  return {
    version, matterId: draft.id, key: m.key, itemCode: m.itemCode, departmentCode, name: m.name, level: m.level,
    type: m.type, handheld: isHandheld(m), township: isTownship(m), village: isVillage(m), topics: m.topics,
    status: draft.status, content: m as unknown as Prisma.InputJsonValue,
  };
}

/** Publishes a new version; with `onlyIfFirst`, only when nothing is published yet (the seed), else null. */
export async function publishCatalog(
  ctx: UseCaseContext,
  { note, onlyIfFirst = false }: { note: string; onlyIfFirst?: boolean },
): Promise<PublishResult | null> {
  const published = await inTransaction(
    ctx,
    async (tx) => {
      // One publication at a time, across instances.
      await lockForTransaction(tx.db, 'catalogPublish');
      if (onlyIfFirst && (await tx.db.catalogVersion.count()) > 0) return null;
      const drafts = await tx.db.matterDraft.findMany({ orderBy: [{ departmentCode: 'asc' }, { itemCode: 'asc' }] });
      const errors = checkDrafts(drafts, await coverageOn(tx, ctx.clock.today()));
      if (errors.length > 0) throw refusal(errors);
      const last = await tx.db.catalogVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true } });
      const version = (last?.version ?? 0) + 1;
      const live = drafts.filter((d) => d.status !== 'cancelled');
      const departmentNames = new Map((await tx.db.department.findMany({ select: { code: true, name: true } })).map((d) => [d.code, d.name]));
      // The version keeps the blank forms and samples its materials claim (made now, or uploaded).
      const contents = await attachFormFiles(
        tx.db,
        live.map((d) => ({ content: MatterSourceSchema.parse(d.content), departmentName: departmentNames.get(d.departmentCode) ?? d.departmentCode })),
      );
      const rows = live.map((d, i) => publishedRow(version, d, contents[i], d.departmentCode));
      const counts = {
        matters: rows.length,
        handheld: rows.filter((r) => r.handheld).length,
        township: rows.filter((r) => r.township).length,
        village: rows.filter((r) => r.village).length,
      };
      await tx.db.catalogVersion.create({ data: { version, note, publishedBy: publisherOf(ctx), publishedAt: ctx.clock.now(), counts } });
      await tx.db.publishedMatter.createMany({ data: rows });
      await audit(tx, { action: 'catalog.publish', subjectType: 'catalog_version', subjectId: String(version), details: counts });
      return { version, counts };
    },
    { timeout: 120_000 },
  );
  // Once committed, this instance's readers move to the new version at once.
  if (published) forgetCurrentVersion(ctx.memo);
  return published;
}

/** Publishing refused: every problem, each naming its matter. */
export function refusal(errors: QaError[]) {
  return Errors.ruleViolation(
    'catalog_invalid',
    `目录未通过发布检查：${new Set(errors.map((e) => e.matterId)).size} 个事项共 ${errors.length} 个问题，请修改后再发布`,
    errors.map((e) => ({ field: e.matterId, message: `[${e.rule}] ${e.message}` })),
  );
}
