// The publishing rules of catalog.md, run over all drafts: a complete guide (the authoring schema), limits,
// instant and online rules, fees with their basis, names unique within a department, codes unique.
import { MatterSourceSchema } from '../../src-shared/contracts/catalog-source';
import { checkMatter } from '../../src-shared/catalog/source-rules';
import { fieldLabel } from '../../src-shared/catalog/labels';

export interface DraftForQa {
  id: string;
  departmentCode: string;
  name: string;
  itemCode: string;
  status: string;
  content: unknown;
  missing: string[];
}

export interface QaError {
  matterId: string;
  /** The matter's name, so a list of problems reads without looking each one up. */
  name: string;
  rule: string;
  message: string;
}

export interface CoverageInput {
  /** Every county-level unit that offers the catalog. */
  counties: { code: string; name: string }[];
  /** Delegations in force on the publishing day. */
  delegations: { matterId: string; countyCode: string }[];
}

export function checkDrafts(drafts: DraftForQa[], coverage?: CoverageInput): QaError[] {
  const errors: QaError[] = [];
  const covered = new Set(coverage?.delegations.map((d) => `${d.matterId}/${d.countyCode}`));
  const names = new Map<string, string>();
  const codes = new Map<string, string>();
  // 新办、延续、变更、注销 of one licence share its type: one type per 基本编码.
  const types = new Map<string, { type: string; name: string }>();
  for (const draft of drafts) {
    if (draft.status === 'cancelled') continue;
    if (draft.missing.length > 0) {
      errors.push({
        matterId: draft.id, name: draft.name, rule: 'complete',
        message: `办事指南缺少：${draft.missing.map((f) => fieldLabel(f)).join('、')}`,
      });
    }
    const parsed = MatterSourceSchema.safeParse(draft.content);
    if (!parsed.success) {
      if (draft.missing.length === 0) {
        const fields = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
        errors.push({
          matterId: draft.id, name: draft.name, rule: 'complete',
          message: `以下内容不完整或不符合要求：${fields.map((f) => fieldLabel(f)).join('、')}（${parsed.error.issues[0].message}）`,
        });
      }
    } else {
      for (const p of checkMatter(parsed.data)) errors.push({ matterId: draft.id, name: draft.name, rule: p.rule, message: p.message });
      const first = types.get(parsed.data.baseCode);
      if (!first) types.set(parsed.data.baseCode, { type: parsed.data.type, name: draft.name });
      else if (first.type !== parsed.data.type) {
        errors.push({ matterId: draft.id, name: draft.name, rule: 'codes', message: `与“${first.name}”同一基本编码 ${parsed.data.baseCode}，事项类型应相同` });
      }
      // Rule 6: a township- or village-level matter needs a delegation in force in every county.
      if (coverage && (parsed.data.level === 5 || parsed.data.level === 6)) {
        const missing = coverage.counties.filter((c) => !covered.has(`${draft.id}/${c.code}`));
        if (missing.length > 0) {
          errors.push({
            matterId: draft.id, name: draft.name, rule: 'delegation',
            message: `乡镇或村级事项须在各县（区）权责清单中有有效的下放记录，缺少：${missing.map((c) => c.name).join('、')}`,
          });
        }
      }
    }
    const nameKey = `${draft.departmentCode}/${draft.name}`;
    if (names.has(nameKey)) errors.push({ matterId: draft.id, name: draft.name, rule: 'unique', message: `同一部门内事项名称“${draft.name}”重复` });
    names.set(nameKey, draft.id);
    if (codes.has(draft.itemCode)) errors.push({ matterId: draft.id, name: draft.name, rule: 'unique', message: `业务办理项编码 ${draft.itemCode} 重复` });
    codes.set(draft.itemCode, draft.id);
  }
  return errors;
}
