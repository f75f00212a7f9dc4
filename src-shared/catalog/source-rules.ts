// Checks on authored catalog sources beyond their shape: the publishing rules of catalog.md that can be
// judged on one department file, and the figures the reform report sets (handheld, township, village).
import type { DepartmentSource, MatterSource } from '../contracts/catalog-source';

export interface SourceProblem {
  key: string;
  rule: string;
  message: string;
}

/** Applied for in the app (掌上办): channel 3. Takes a guide as well as a source. */
export const isHandheld = (m: { channels: readonly number[] }) => m.channels.includes(3);
/** A material a government department issues: fetched by data sharing, never asked of the resident. */
export const isSharedMaterial = (m: { source: string }) => m.source === '政府部门核发';
export const isTownship = (m: MatterSource) => m.level === 5 || m.acceptedAt.includes('township');
export const isVillage = (m: MatterSource) => m.level === 6 || m.acceptedAt.includes('village');

export function checkMatter(m: MatterSource): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const add = (rule: string, message: string) => problems.push({ key: m.key, rule, message });
  if (m.promiseLimit.unit !== m.legalLimit.unit) add('limits', '承诺办结时限与法定办结时限单位不同');
  else if (m.promiseLimit.value > m.legalLimit.value) add('limits', '承诺办结时限不得超过法定办结时限');
  if (m.kind === 1 && m.promiseLimit.value !== 0) add('instant', '即办件的承诺办结时限应为 0');
  if (m.kind === 2 && m.promiseLimit.value === 0) add('instant', '承诺件的承诺办结时限应大于 0');
  if (m.onlineDepth === 4 && m.visits !== 0) add('online', '全程网办（深度Ⅳ）的到现场次数应为 0');
  if (isHandheld(m) && m.onlineDepth < 3) add('online', '移动端可办的事项网上办理深度至少为Ⅲ');
  if (!m.itemCode.startsWith(m.baseCode)) add('codes', '业务办理项编码应以基本编码开头');
  const counted = m.steps.filter((s) => s.counted).reduce((n, s) => n + s.days, 0);
  if (m.legalLimit.unit === '工作日' && counted > m.legalLimit.value) {
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
