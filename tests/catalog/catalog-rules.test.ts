// The catalog rules of issue 13 over the whole committed (seeded) catalog: true levels, depth against channels,
// one type per 基本编码, shared documents 免提交, no 法定时限 without a source, standard material wording, and bases
// that hold. Each rule is also shown to catch a broken matter, so these tests can fail.
import { readDepartmentSources } from '../../src-server/catalog/catalog-files';
import { checkDrafts } from '../../src-server/catalog/quality-rules';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import {
  checkDepartment,
  checkMatter,
  figures,
  GENERAL_ARTICLES,
  hasLimitSource,
  isHandedBack,
  isSharedMaterial,
  isTownship,
  isVillage,
  standardMaterial,
} from '../../src-shared/catalog/source-rules';

const departments = readDepartmentSources();
const matters = departments.flatMap((d) => d.matters);
const byKey = (key: string) => {
  const m = matters.find((x) => x.key === key);
  if (!m) throw new Error(`no matter ${key}`);
  return m;
};
const materialsOf = (m: MatterSource) => [...m.materials, ...m.situations.flatMap((s) => s.materials)];
const rulesOf = (m: MatterSource) => checkMatter(m).map((p) => p.rule);
const sample = byKey('cl-card-new');

/** The 卫健 services given by 乡镇卫生院 / 村卫生室 (基本公共卫生服务 and the like), not by the service centre. */
const CLINIC = [
  'wj-maternal-health-booklet', 'wj-vaccination-cert', 'wj-vaccination-cert-reissue', 'wj-family-doctor', 'wj-health-record',
  'wj-elderly-checkup', 'wj-death-certificate', 'wj-prepregnancy-check', 'wj-child-health-management', 'wj-cancer-screening',
  'wj-chronic-management', 'wj-free-contraceptives',
];

describe('true levels', () => {
  test('the 高龄津贴 is granted by the county 民政局 and received at the village', () => {
    const m = byKey('mz-elderly-allowance');
    expect(m.level).toBe(4);
    expect(isVillage(m)).toBe(true);
  });

  test('clinic services are received at the 乡镇卫生院 / 村卫生室 and not counted for the service centres', () => {
    for (const key of CLINIC) {
      const m = byKey(key);
      expect([key, m.acceptedAt]).toEqual([key, ['clinic']]);
      expect(isTownship(m) || isVillage(m)).toBe(false);
    }
  });

  test('the recounted figures: 237 township matters from 13 departments (report: 249), 44 village from 15', () => {
    const f = figures(departments);
    expect({ township: f.township, village: f.village }).toEqual({
      township: { matters: 237, departments: 13 },
      village: { matters: 44, departments: 15 },
    });
  });

  test('a township- or village-level matter is received where its level is', () => {
    for (const m of matters) {
      if (m.level === 5) expect([m.key, m.acceptedAt.some((a) => a === 'township' || a === 'clinic')]).toEqual([m.key, true]);
      if (m.level === 6) expect([m.key, m.acceptedAt.some((a) => a === 'village' || a === 'clinic')]).toEqual([m.key, true]);
    }
    expect(rulesOf({ ...sample, level: 5, acceptedAt: ['county'] })).toContain('level');
  });
});

describe('online depth agrees with the channels', () => {
  test('depth Ⅱ or more has an online channel; no visit means 全程网办 (Ⅳ)', () => {
    const wrong = matters.filter((m) => (m.onlineDepth >= 2 && !m.channels.some((c) => c === 2 || c === 3)) || (m.visits === 0 && m.onlineDepth !== 4));
    expect(wrong.map((m) => m.key)).toEqual([]);
    expect(rulesOf({ ...sample, channels: [1], onlineDepth: 2, visits: 1 })).toContain('online');
    expect(rulesOf({ ...sample, channels: [1, 2], onlineDepth: 3, visits: 0 })).toContain('online');
  });
});

describe('one type per 基本编码', () => {
  test('新办, 延续, 变更, 补办 and 注销 of one licence share its type, across the whole catalog', () => {
    const types = new Map<string, Set<string>>();
    for (const m of matters) types.set(m.baseCode, (types.get(m.baseCode) ?? new Set()).add(m.type));
    expect([...types].filter(([, t]) => t.size > 1).map(([code]) => code)).toEqual([]);
    const yc = departments.find((d) => d.code === 'yc')!;
    const broken = { ...yc, matters: yc.matters.map((m) => (m.key === 'yc-retail-license-close' ? { ...m, type: '10' as const } : m)) };
    expect(checkDepartment(broken).map((p) => p.rule)).toContain('codes');
    // and publishing refuses it
    const drafts = broken.matters.map((m) => ({ id: m.key, departmentCode: 'yc', name: m.name, itemCode: m.itemCode, status: 'in_use', content: m, missing: [] }));
    expect(checkDrafts(drafts).filter((e) => e.rule === 'codes').map((e) => e.matterId)).toEqual(['yc-retail-license-close']);
  });
});

describe('time limits', () => {
  test('every 法定时限 is 无 or names the law or numbered document that sets it; 无 is 0', () => {
    expect(matters.filter((m) => !hasLimitSource(m)).map((m) => m.key)).toEqual([]);
    expect(matters.filter((m) => !m.legalLimit.none && !/《[^》]+》|〔\d{4}〕/.test(m.legalLimit.note ?? '')).map((m) => m.key)).toEqual([]);
    expect(matters.filter((m) => m.legalLimit.none && m.legalLimit.value !== 0).map((m) => m.key)).toEqual([]);
    const limited = byKey('zr-transfer-resale'); // 《不动产登记暂行条例》第二十条
    expect(checkMatter(limited)).toEqual([]);
    const { note: _note, ...bare } = limited.legalLimit;
    expect(rulesOf({ ...limited, legalLimit: bare })).toContain('limits');
    expect(rulesOf({ ...limited, legalLimit: { ...limited.legalLimit, note: '公示期不计入' } })).toContain('limits');
  });

  test('no bare 法定 20 工作日 on a matter that is not a licence', () => {
    const bare = matters.filter((m) => m.type !== '01' && !m.legalLimit.none && m.legalLimit.value === 20 && m.legalLimit.unit === '工作日' && !m.legalLimit.note);
    expect(bare.map((m) => m.key)).toEqual([]);
  });

  test('a law’s 日 stays 自然日 unless the law says 工作日', () => {
    expect(byKey('gjj-withdraw-rent').legalLimit).toMatchObject({ value: 3, unit: '自然日' });
    expect(byKey('jt-freight-license-new').legalLimit.unit).toBe('自然日');
    const legalLimit = { value: 3, unit: '工作日' as const, note: '《住房公积金管理条例》规定自受理申请之日起3日内作出决定' };
    expect(rulesOf({ ...sample, legalLimit, promiseLimit: { value: 1, unit: '工作日' } })).toContain('limits');
  });

  test('a limit no law sets is 无, and the promise is then not measured against it', () => {
    const m = byKey('ga-birth-registration');
    expect(m.legalLimit).toMatchObject({ none: true, value: 0 });
    expect(checkMatter(m)).toEqual([]);
  });
});

describe('materials as real guides list them', () => {
  test('a document a department issues and the system can fetch is 免提交 (no original, no copy)', () => {
    const wrong = matters.flatMap((m) => materialsOf(m).filter((x) => isSharedMaterial(x) && (x.originals > 0 || x.copies > 0)).map((x) => `${m.key}/${x.name}`));
    expect(wrong).toEqual([]);
    // and the guide tells the resident so
    const unsaid = matters.flatMap((m) => materialsOf(m).filter((x) => isSharedMaterial(x) && !/免提交|无需(另行)?提交|无需另交|无需申请人|不需提交/.test(x.note ?? '')).map((x) => `${m.key}/${x.name}`));
    expect(unsaid).toEqual([]);
    const withOriginal = { ...sample, materials: sample.materials.map((x) => (isSharedMaterial(x) ? { ...x, originals: 1 } : x)) };
    expect(rulesOf(withOriginal)).toContain('materials');
  });

  test('a card or licence handed back is a material the applicant brings, not a shared one', () => {
    const wrong = matters.flatMap((m) => materialsOf(m).filter((x) => isHandedBack(x) && isSharedMaterial(x)).map((x) => `${m.key}/${x.name}`));
    expect(wrong).toEqual([]);
    for (const [key, name] of [['yc-retail-license-close', '烟草专卖零售许可证'], ['jt-freight-license-cancel', '道路运输经营许可证'], ['jt-transport-cert-cancel', '道路运输证'], ['yj-fireworks-retail-licence-cancel', '烟花爆竹经营（零售）许可证']]) {
      expect(byKey(key).materials.find((x) => x.name === name)).toMatchObject({ source: '申请人自备', originals: 1 });
    }
  });

  test('the standard materials (居民身份证, 居民户口簿, 营业执照) use one wording everywhere', () => {
    const wrong = matters.flatMap((m) =>
      materialsOf(m).filter((x) => {
        const s = standardMaterial(x.name);
        return s && Object.entries(s.material).some(([k, v]) => x[k as keyof typeof s.material] !== v);
      }).map((x) => `${m.key}/${x.name}`),
    );
    expect(wrong).toEqual([]);
    const reworded = { ...sample, materials: sample.materials.map((x) => (x.name.endsWith('居民身份证') ? { ...x, note: '请带身份证' } : x)) };
    expect(rulesOf(reworded)).toContain('materials');
  });

  test('no village-issued 证明 of the abolished lists is asked for', () => {
    const abolished = /(村|居)[^，；。]{0,10}会出具的?(房屋权属证明|场所证明|受灾情况说明|情况说明)|村（居）民委员会证明|村委会出具证明/;
    const asked = matters.flatMap((m) => materialsOf(m).filter((x) => abolished.test(`${x.note ?? ''}|${x.acceptance}`)).map((x) => `${m.key}/${x.name}`));
    expect(asked).toEqual([]);
  });
});

describe('legal bases that hold', () => {
  test('no matter cites a general article as a basis', () => {
    const cited = matters.flatMap((m) => m.basis.filter((b) => GENERAL_ARTICLES.includes(`${b.law}${b.article ?? ''}`)).map((b) => `${m.key}: ${b.law}${b.article}`));
    expect(cited).toEqual([]);
    const general = { law: '《中华人民共和国残疾人保障法》', article: '第二条', excerpt: '本法所称残疾人，是指在心理、生理、人体结构上，某种组织、功能丧失或者不正常的人。' };
    expect(rulesOf({ ...sample, basis: [general] })).toContain('basis');
  });

  test('Henan’s own regulation and the policy documents are cited where they are the basis', () => {
    for (const key of ['sj-food-workshop-new', 'sj-food-workshop-renew', 'sj-food-small-shop-new', 'sj-food-small-shop-renew']) {
      expect(byKey(key).basis.map((b) => b.law)).toContain('《河南省食品小作坊、小经营店和小摊点管理条例》');
    }
    expect(byKey('ny-farmland-subsidy').basis.map((b) => b.law).join()).toContain('财农〔2016〕26号');
    expect(byKey('wj-childcare-subsidy').basis.map((b) => b.law).join()).toContain('《育儿补贴制度实施方案》');
  });
});
