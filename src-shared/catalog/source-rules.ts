// Checks on authored catalog sources beyond their shape: the publishing rules of catalog.md that can be
// judged on one department file, and the figures the reform report sets (handheld, township, village).
import type { DepartmentSource, MatterSource } from '../contracts/catalog-source';
import { MATERIAL_FIELD_LABELS } from './labels';

export interface SourceProblem {
  key: string;
  rule: string;
  message: string;
}

/** Applied for in the app (掌上办): channel 3. Takes a guide as well as a source. */
export const isHandheld = (m: { channels: readonly number[] }) => m.channels.includes(3);
/** A material a government department issues: fetched by data sharing, never asked of the resident. */
export const isSharedMaterial = (m: { source: string }) => m.source === '政府部门核发';
/** Handled at a township service centre (乡镇便民服务中心), whatever its level; a 乡镇卫生院 is not one. */
export const isTownship = (m: Pick<MatterSource, 'acceptedAt'>) => m.acceptedAt.includes('township');
/** Handled at a village station (村（社区）便民服务站); a 村卫生室 is not one. */
export const isVillage = (m: Pick<MatterSource, 'acceptedAt'>) => m.acceptedAt.includes('village');

type Material = MatterSource['materials'][number];
type Basis = MatterSource['basis'][number];

/** A physical document the resident hands back (an old card, a licence on 注销): never fetched by sharing. */
export const isHandedBack = (m: Pick<Material, 'note'>) => /交回/.test(m.note ?? '');

/**
 * The standard materials, worded the same in every guide. `name` is matched on the end of the material's name
 * (申请人居民身份证, 监护人居民身份证 …), so the person it belongs to stays in the name.
 */
export const STANDARD_MATERIALS: readonly { suffix: string; material: Pick<Material, 'kind' | 'form' | 'source' | 'originals' | 'copies' | 'note' | 'acceptance'> }[] = [
  {
    suffix: '居民身份证',
    material: {
      kind: '证件证书证明', form: '纸质/电子', source: '政府部门核发', originals: 0, copies: 0,
      note: '通过实名认证和电子证照共享核验，免提交；到窗口办理的出示原件当场核验，不收复印件',
      acceptance: '证件真实有效且在有效期内，与持证人本人一致',
    },
  },
  {
    suffix: '居民户口簿',
    material: {
      kind: '证件证书证明', form: '纸质/电子', source: '政府部门核发', originals: 0, copies: 0,
      note: '通过公安户籍信息共享核验，免提交；到窗口办理的出示原件当场核验，不收复印件',
      acceptance: '户籍信息与申请所涉人员一致',
    },
  },
  {
    suffix: '营业执照',
    material: {
      kind: '证件证书证明', form: '纸质/电子', source: '政府部门核发', originals: 0, copies: 0,
      note: '通过市场主体登记信息共享核验，免提交',
      acceptance: '营业执照在有效期内，登记信息与申请人一致',
    },
  },
];

export const standardMaterial = (name: string) => STANDARD_MATERIALS.find((s) => name.endsWith(s.suffix) && !/^(原|死者)/.test(name));

/** Articles that state a law's purpose, scope or general duties: cited alone they set up no matter. */
export const GENERAL_ARTICLES: readonly string[] = [
  '《中华人民共和国行政许可法》第四十二条', // how long a licence may take, not what it is
  '《中华人民共和国残疾人保障法》第二条',
  '《中华人民共和国社会保险法》第四条',
];
const citation = (b: Basis) => `${b.law}${b.article ?? ''}`;

/** A legal limit with a source: 无, or a note naming the law (《…》) or numbered document (〔年〕号) that sets it. */
export const hasLimitSource = (m: Pick<MatterSource, 'legalLimit'>) => m.legalLimit.none === true || /《[^》]+》|〔\d{4}〕/.test(m.legalLimit.note ?? '');
/** A limit a law states in 日 stays 自然日 unless the law says 工作日 (the 行政许可法 counts in 工作日, its 第八十二条). */
const lawDaysInWorkingDays = (note: string) =>
  /《[^》]+》.*?[0-9一二三四五六七八九十]+日内/.test(note) && !/工作日|行政许可法/.test(note);

export function checkMatter(m: MatterSource): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ key: m.key, rule, message });
  if (m.legalLimit.none) {
    if (m.legalLimit.value !== 0) add('limits', '法定办结时限为“无”时，时限应填 0');
  } else if (m.promiseLimit.unit !== m.legalLimit.unit) add('limits', '承诺办结时限与法定办结时限单位不同');
  else if (m.promiseLimit.value > m.legalLimit.value) add('limits', '承诺办结时限不得超过法定办结时限');
  if (!hasLimitSource(m)) add('limits', '法定办结时限须在说明中写明设定它的法律法规或文件（《名称》或文号）；法律法规未设定的，勾选“法律法规未设定时限”');
  if (!m.legalLimit.none && m.legalLimit.unit === '工作日' && lawDaysInWorkingDays(m.legalLimit.note ?? '')) {
    add('limits', '法律规定的“日”为自然日，除非法律写明工作日');
  }
  if (m.kind === 1 && m.promiseLimit.value !== 0) add('instant', '即办件的承诺办结时限应为 0');
  if (m.kind === 2 && m.promiseLimit.value === 0) add('instant', '承诺件的承诺办结时限应大于 0');
  if (m.onlineDepth === 4 && m.visits !== 0) add('online', '全程网办（深度Ⅳ）的到现场次数应为 0');
  if (m.visits === 0 && m.onlineDepth !== 4) add('online', '到现场 0 次的事项应为全程网办（深度Ⅳ）');
  if (m.onlineDepth >= 2 && !m.channels.some((c) => c === 2 || c === 3)) add('online', '网上办理深度Ⅱ及以上的事项须有电脑端或移动端办理渠道');
  if (isHandheld(m) && m.onlineDepth < 3) add('online', '移动端可办的事项网上办理深度至少为Ⅲ');
  if (m.level === 5 && !m.acceptedAt.some((a) => a === 'township' || a === 'clinic')) add('level', '乡镇级事项须在乡镇便民服务中心或乡镇卫生院受理');
  if (m.level === 6 && !m.acceptedAt.some((a) => a === 'village' || a === 'clinic')) add('level', '村级事项须在村（社区）便民服务站或村卫生室受理');
  if (m.basis.every((b) => GENERAL_ARTICLES.includes(citation(b)))) add('basis', '设定依据只有原则性条款，须写明设定该事项的条款或文件');
  for (const material of [...m.materials, ...m.situations.flatMap((s) => s.materials)]) {
    const standard = standardMaterial(material.name);
    const differing = standard ? (Object.keys(standard.material) as (keyof typeof standard.material)[]).filter((k) => material[k] !== standard.material[k]) : [];
    if (standard && differing.length > 0) {
      const wanted = differing.map((k) => `${MATERIAL_FIELD_LABELS[k]}“${standard.material[k]}”`).join('，');
      add('materials', `“${material.name}”是标准材料，应统一表述：${wanted}`);
    }
    if (isSharedMaterial(material) && (material.originals > 0 || material.copies > 0)) add('materials', `“${material.name}”由部门核发、可共享获取，应免提交（原件、复印件均为 0）`);
    if (isHandedBack(material) && isSharedMaterial(material)) add('materials', `“${material.name}”须交回原件，来源应为申请人自备`);
  }
  if (!m.itemCode.startsWith(m.baseCode)) add('codes', '业务办理项编码应以基本编码开头');
  const counted = m.steps.filter((s) => s.counted).reduce((n, s) => n + s.days, 0);
  if (!m.legalLimit.none && m.legalLimit.unit === '工作日' && counted > m.legalLimit.value) {
    add('steps', `各环节计时合计 ${counted} 个工作日，超过法定时限`);
  }
  if (new Set(m.aliases).size !== m.aliases.length) add('aliases', '别名重复');
  const keys = m.form.map((f) => f.key);
  if (new Set(keys).size !== keys.length) add('form', '表单字段 key 重复');
  for (const f of m.form) {
    if ((f.type === 'select' || f.type === 'multiselect') !== Boolean(f.options)) add('form', `字段 ${f.key} 的选项与类型不符`);
  }
  const situationKeys = m.situations.map((s) => s.key);
  if (new Set(situationKeys).size !== situationKeys.length) add('situations', '办理情形 key 重复');
  if (m.situations.length === 1) add('situations', '只有一种情形时不写办理情形');
  return problems;
}

export function checkDepartment(d: DepartmentSource): SourceProblem[] {
  const problems = d.matters.flatMap(checkMatter);
  // 新办、延续、变更、注销 of one licence are one matter type (one 基本编码, one type).
  const types = new Map<string, MatterSource>();
  for (const m of d.matters) {
    const first = types.get(m.baseCode);
    if (!first) types.set(m.baseCode, m);
    else if (first.type !== m.type) problems.push({ key: m.key, rule: 'codes', message: `与 ${first.key} 同一基本编码 ${m.baseCode}，事项类型应相同` });
  }
  const seen = new Map<string, string>();
  for (const m of d.matters) {
    for (const [what, value] of [['名称', m.name], ['key', m.key], ['业务办理项编码', m.itemCode]] as const) {
      const id = `${what}:${value}`;
      if (seen.has(id)) problems.push({ key: m.key, rule: 'unique', message: `${what}“${value}”与 ${seen.get(id)} 重复` });
      seen.set(id, m.key);
    }
  }
  return problems;
}

export function figures(departments: DepartmentSource[]) {
  const count = (pick: (m: MatterSource) => boolean) => {
    const depts = departments.filter((d) => d.matters.some(pick));
    return { matters: depts.reduce((n, d) => n + d.matters.filter(pick).length, 0), departments: depts.length };
  };
  return { handheld: count(isHandheld), township: count(isTownship), village: count(isVillage), total: count(() => true) };
}
