// A guide field's value as a catalog office reads it: codes by their names, time limits as 「20 工作日」, list
// items numbered with their parts named. Used by the version diff (before and after of a changed field).
// Plain data and functions without zod.
import {
  ACCEPTED_AT, AUDIENCES, BASIS_FIELD_LABELS, BODY_NATURES, CHANNELS, FAQ_FIELD_LABELS, FEE_FIELD_LABELS, FORM_FIELD_LABELS,
  FORM_FIELD_TYPES, MATERIAL_FIELD_LABELS, MATTER_KINDS, MATTER_LEVELS, MATTER_TYPES, NECESSITIES, ONLINE_DEPTHS, RESULT_FIELD_LABELS,
  SITUATION_FIELD_LABELS, STEP_FIELD_LABELS, optionLabel, type Option,
} from './labels';
import { matterStatusLabels } from './matter-status';

const CODES: Record<string, readonly Option<string | number>[]> = {
  type: MATTER_TYPES, level: MATTER_LEVELS, acceptedAt: ACCEPTED_AT, channels: CHANNELS, bodyNature: BODY_NATURES,
  audiences: AUDIENCES, kind: MATTER_KINDS, onlineDepth: ONLINE_DEPTHS,
};

/** The parts of an item of a list field, named. */
const PARTS: Record<string, Record<string, string>> = {
  basis: BASIS_FIELD_LABELS, fees: FEE_FIELD_LABELS, steps: STEP_FIELD_LABELS, materials: MATERIAL_FIELD_LABELS,
  situations: SITUATION_FIELD_LABELS, faq: FAQ_FIELD_LABELS, form: FORM_FIELD_LABELS, result: RESULT_FIELD_LABELS,
};

const PART_CODES: Record<string, readonly Option<string | number>[]> = { necessity: NECESSITIES, type: FORM_FIELD_TYPES };

export const NONE = '（无）';

function plain(value: unknown): string {
  if (value === undefined || value === null || value === '') return NONE;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.length ? value.map(plain).join('、') : NONE;
  // A file kept with the catalog (blank form, sample): named by the start of its content hash.
  if (typeof value === 'object' && typeof (value as { sha256?: unknown }).sha256 === 'string') {
    return `文件 ${(value as { sha256: string }).sha256.slice(0, 8)}`;
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}：${plain(v)}`).join('，');
  }
  return String(value);
}

/** One item of a list field (or the result object), its parts named: 「材料名称：身份证，必要性：必要」. */
function itemText(field: string, item: unknown): string {
  const labels = PARTS[field];
  if (!labels || typeof item !== 'object' || item === null || Array.isArray(item)) return plain(item);
  // The parts in the order of the label table (the database does not keep the order of JSON keys), then any other.
  const order = Object.keys(labels);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.entries(item as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([k, v]) => {
      const codes = field !== 'result' || k !== 'type' ? PART_CODES[k] : undefined;
      const text = codes && (typeof v === 'string' || typeof v === 'number') ? optionLabel(codes, v) : plain(v);
      return `${labels[k] ?? k}：${text}`;
    })
    .join('，');
}

/** A top-level guide field's value (or the matter's status code) as text. */
export function fieldText(field: string, value: unknown): string {
  if (value === undefined || value === null) return NONE;
  if (field === 'status') return (matterStatusLabels as Record<string, string>)[String(value)] ?? String(value);
  const codes = CODES[field];
  if (codes) return Array.isArray(value) ? value.map((v) => optionLabel(codes, v)).join('、') || NONE : optionLabel(codes, value);
  if ((field === 'legalLimit' || field === 'promiseLimit') && typeof value === 'object') {
    const limit = value as { value?: number; unit?: string; note?: string };
    return `${limit.value ?? ''} ${limit.unit ?? ''}${limit.note ? `（${limit.note}）` : ''}`.trim();
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return NONE;
    if (value.every((v) => typeof v !== 'object' || v === null)) return field === 'conditions' ? value.map((v, i) => `${i + 1}. ${plain(v)}`).join('\n') : value.map(plain).join('、');
    return value.map((v, i) => `${i + 1}. ${itemText(field, v)}`).join('\n');
  }
  if (typeof value === 'object') return itemText(field, value);
  return plain(value);
}

/**
 * Before and after of a changed field. For lists of items, only the items that differ are shown (the ones gone
 * under 「before」, the new or changed ones under 「after」), each with its position; a list only reordered is
 * shown whole.
 */
export function changeText(field: string, before: unknown, after: unknown): { before: string; after: string } {
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some((v) => typeof v === 'object' && v !== null) && !CODES[field]) {
    const key = (v: unknown) => JSON.stringify(v);
    const inAfter = new Set(after.map(key));
    const inBefore = new Set(before.map(key));
    const gone = before.map((v, i) => [i, v] as const).filter(([, v]) => !inAfter.has(key(v)));
    const added = after.map((v, i) => [i, v] as const).filter(([, v]) => !inBefore.has(key(v)));
    if (gone.length + added.length > 0) {
      const lines = (items: (readonly [number, unknown])[]) => (items.length ? items.map(([i, v]) => `${i + 1}. ${itemText(field, v)}`).join('\n') : NONE);
      return { before: lines(gone), after: lines(added) };
    }
  }
  return { before: fieldText(field, before), after: fieldText(field, after) };
}
