// The seeded delegation lists (权责清单) of the ten county-level units, so that counties differ the way the
// reform report describes: 滑县 delegates the most, 北关区 the fewest, 殷都区 gave 水冶镇 a first batch of which
// some powers were not taken up and some were later recalled. Township- and village-level matters are
// covered in every county (publishing rule 6). Deterministic: the same catalog gives the same lists.
import { createHash } from 'node:crypto';
import type { UseCaseContext } from '../platform/use-case';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { isTownship } from '../../src-shared/catalog/source-rules';

interface CountyPolicy {
  /** Share of county-level matters received at townships that the county delegated. */
  share: number;
  document: string;
  from: string;
}

const policies: Record<string, CountyPolicy> = {
  '410502': { share: 0.35, document: '文编〔2021〕9号', from: '2021-09-01' },
  '410503': { share: 0.12, document: '北编〔2021〕7号', from: '2021-09-01' },
  '410505': { share: 0.5, document: '安殷编〔2023〕3号', from: '2023-03-01' },
  '410506': { share: 0.45, document: '龙编〔2021〕10号', from: '2021-10-01' },
  '410522': { share: 0.6, document: '安县编〔2021〕12号', from: '2021-10-01' },
  '410523': { share: 0.6, document: '汤编〔2021〕11号', from: '2021-10-01' },
  '410526': { share: 1, document: '滑编〔2021〕15号', from: '2021-08-01' },
  '410527': { share: 0.7, document: '内编〔2021〕13号', from: '2021-10-01' },
  '410571': { share: 0.25, document: '安高管〔2022〕5号', from: '2022-01-01' },
  '410581': { share: 0.8, document: '林编〔2021〕14号', from: '2021-09-01' },
};

/** The first batch for 水冶镇 (a national economically developed town), and what happened to it. */
const shuiye = {
  township: '410505101',
  document: '安殷编〔2021〕6号',
  from: '2021-07-01',
  recallDocument: '安殷编〔2022〕11号',
  recallFrom: '2022-07-01',
  recallReason: '水冶镇承接后办件量小、专业人员不足，经评估收回由县直部门办理',
};

/** A stable number in [0, 1) for a matter in a county. */
const draw = (...parts: string[]) => parseInt(createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 8), 16) / 0x100000000;

export async function seedDelegations({ db }: UseCaseContext): Promise<number> {
  if ((await db.delegation.count()) > 0) return 0;
  const drafts = await db.matterDraft.findMany({ where: { status: { not: 'cancelled' } }, select: { id: true, key: true, content: true } });
  const townships = await db.region.findMany({ where: { level: 'township' }, select: { code: true, parentCode: true } });
  const rows = [];
  for (const [county, policy] of Object.entries(policies)) {
    const countyTownships = townships.filter((t) => t.parentCode === county).map((t) => t.code);
    for (const draft of drafts) {
      const m = draft.content as MatterSource;
      const common = { countyCode: county, matterId: draft.id, createdBy: 'seed' };
      if (m.level === 5 || m.level === 6) {
        rows.push({
          ...common, target: m.level === 6 ? ('villages' as const) : ('all_townships' as const),
          townshipCodes: m.level === 6 ? countyTownships : [], powerSource: 'authorized' as const,
          documentNo: policy.document, effectiveFrom: new Date(policy.from), takenUp: true,
        });
        continue;
      }
      if (m.level !== 4 || !isTownship(m)) continue;
      if (county === '410505') {
        const r = draw(draft.key, 'shuiye');
        rows.push({
          ...common, target: 'townships' as const, townshipCodes: [shuiye.township], powerSource: 'delegated' as const,
          documentNo: shuiye.document, effectiveFrom: new Date(shuiye.from),
          takenUp: r >= 0.28,
          ...(r >= 0.28 && r < 0.49
            ? { effectiveUntil: new Date(shuiye.recallFrom), recallDocument: shuiye.recallDocument, recallReason: shuiye.recallReason, recalledAt: new Date(shuiye.recallFrom) }
            : {}),
        });
      }
      if (draw(draft.key, county) < policy.share) {
        rows.push({
          ...common, target: county === '410505' ? ('townships' as const) : ('all_townships' as const),
          townshipCodes: county === '410505' ? countyTownships.filter((t) => t !== shuiye.township) : [],
          powerSource: draw(draft.key, county, 'source') < 0.8 ? ('delegated' as const) : ('entrusted' as const),
          documentNo: policy.document, effectiveFrom: new Date(policy.from), takenUp: true,
        });
      }
    }
  }
  await db.delegation.createMany({ data: rows });
  return rows.length;
}
