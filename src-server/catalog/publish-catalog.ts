// Use case: publish the catalog. Runs the publishing rules over every draft; any failure refuses the whole
// publication (422 with the list); otherwise writes a new immutable version holding a copy of every matter
// in use, and the audit record, in one transaction.
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { MatterSourceSchema, type MatterSource } from '../../src-shared/contracts/catalog-source';
import { isHandheld, isTownship, isVillage } from '../../src-shared/catalog/source-rules';
import { audit, type ActorRef } from '../platform/audit';
import { Errors } from '../platform/errors';
import { checkDrafts, type CoverageInput, type QaError } from './quality-rules';
import { chinaToday } from '../../src-shared/calendar/china-date';
import { readCounties } from './catalog-files';

/** What rule 6 needs: the counties, and the delegations in force on a day. */
export async function coverageOn(db: Pick<PrismaClient, 'delegation'>, day: string): Promise<CoverageInput> {
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

export class PublishRefused extends Error {
  constructor(readonly errors: QaError[]) {
    super(`catalog refused: ${errors.length} problems`);
  }
}

export function publishedRow(version: number, draft: { id: string; status: string }, m: MatterSource, departmentCode: string) {
  return {
    version, matterId: draft.id, key: m.key, itemCode: m.itemCode, departmentCode, name: m.name, level: m.level,
    type: m.type, handheld: isHandheld(m), township: isTownship(m), village: isVillage(m), topics: m.topics,
    status: draft.status, content: m as unknown as Prisma.InputJsonValue,
  };
}

export async function publishCatalog(
  prisma: PrismaClient,
  who: ActorRef,
  note: string,
  options: { requestId?: string; onlyIfFirst?: boolean } = {},
): Promise<PublishResult | null> {
  return prisma.$transaction(
    async (tx) => {
      // One publication at a time, across instances.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(4105001)`;
      if (options.onlyIfFirst && (await tx.catalogVersion.count()) > 0) return null;
      const drafts = await tx.matterDraft.findMany({ orderBy: [{ departmentCode: 'asc' }, { itemCode: 'asc' }] });
      const errors = checkDrafts(drafts, await coverageOn(tx, chinaToday()));
      if (errors.length > 0) throw new PublishRefused(errors);
      const last = await tx.catalogVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true } });
      const version = (last?.version ?? 0) + 1;
      const rows = drafts
        .filter((d) => d.status !== '取消')
        .map((d) => publishedRow(version, d, MatterSourceSchema.parse(d.content), d.departmentCode));
      const counts = {
        matters: rows.length,
        handheld: rows.filter((r) => r.handheld).length,
        township: rows.filter((r) => r.township).length,
        village: rows.filter((r) => r.village).length,
      };
      await tx.catalogVersion.create({ data: { version, note, publishedBy: who.actorId ?? who.actorKind, counts } });
      await tx.publishedMatter.createMany({ data: rows });
      await audit(tx, who, { action: 'catalog.publish', subjectType: 'catalog_version', subjectId: String(version), details: counts }, options.requestId);
      return { version, counts };
    },
    { timeout: 120_000 },
  );
}

/** The 422 the API answers when publishing is refused. */
export function refusal(errors: QaError[]) {
  return Errors.ruleViolation(
    'catalog_invalid',
    `目录未通过发布检查：${new Set(errors.map((e) => e.matterId)).size} 个事项共 ${errors.length} 个问题，请修改后再发布`,
    errors.map((e) => ({ field: e.matterId, message: `[${e.rule}] ${e.message}` })),
  );
}
