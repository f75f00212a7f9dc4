// One zod builder for a matter's application form (`formSchema` of the published guide): the mini-program
// checks answers with it as the resident types, and the server checks the submitted form with the very same
// schema, so both say the same thing in the same words.
import { z } from 'zod';
import { idNumberMessages, idNumberProblem, normalizeIdNumber, phoneMessage, phonePattern } from '../identity/personal-numbers';
import { isIsoDate } from '../calendar/china-date';

export interface FormFieldSpec {
  key: string;
  label: string;
  type: 'text' | 'textarea' | 'number' | 'date' | 'idNumber' | 'phone' | 'select' | 'multiselect' | 'region';
  required: boolean;
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export type FormAnswers = Record<string, string | number | string[]>;

const defaultMaxLength = { text: 100, textarea: 1000 } as const;

function fieldSchema(field: FormFieldSpec): z.ZodType {
  const { label } = field;
  const filled = (message = `请填写${label}`) => z.string({ error: message }).trim().min(1, { error: message });
  switch (field.type) {
    case 'text':
    case 'textarea': {
      const max = field.maxLength ?? defaultMaxLength[field.type];
      return filled().max(max, { error: `${label}最多 ${max} 个字` });
    }
    case 'number': {
      const n = z
        .union([z.number(), filled()], { error: `请填写${label}` })
        .transform((v) => Number(v))
        .refine(Number.isFinite, { error: `${label}应填写数字` })
        .refine((v) => field.min === undefined || v >= field.min, { error: `${label}不能小于 ${field.min}` })
        .refine((v) => field.max === undefined || v <= field.max, { error: `${label}不能大于 ${field.max}` });
      return n;
    }
    case 'date':
      return filled(`请选择${label}`).refine(isIsoDate, { error: `${label}应为有效日期（YYYY-MM-DD）` });
    case 'idNumber':
      return filled()
        .transform(normalizeIdNumber)
        .superRefine((value, issueCtx) => {
          const problem = idNumberProblem(value);
          if (problem) issueCtx.addIssue({ code: 'custom', message: `${label}：${idNumberMessages[problem]}` });
        });
    case 'phone':
      return filled().regex(phonePattern, { error: `${label}：${phoneMessage}` });
    case 'select': {
      const values = (field.options ?? []).map((o) => o.value);
      return filled(`请选择${label}`).refine((v) => values.includes(v), { error: `${label}请从列表中选择` });
    }
    case 'multiselect': {
      const values = (field.options ?? []).map((o) => o.value);
      const list = z
        .array(z.string().refine((v) => values.includes(v), { error: `${label}请从列表中选择` }), { error: `请选择${label}` })
        .refine((v) => new Set(v).size === v.length, { error: `${label}有重复的选项` });
      return field.required ? list.min(1, { error: `请至少选择一项${label}` }) : list;
    }
    case 'region':
      return filled(`请选择${label}`).regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: `${label}请从地区列表中选择` });
  }
}

/** Empty answers ('' or []) count as not given, so an optional field may be left blank. */
const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The schema of a form: every field of `fields`, required ones must be answered, unknown keys are refused
 * (a form cannot smuggle in what the matter does not ask). Errors name the field by its label.
 */
export function buildFormSchema(fields: readonly FormFieldSpec[]): z.ZodType<FormAnswers> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = fieldSchema(field);
    shape[field.key] = field.required
      ? z.preprocess((v) => (blank(v) && field.type !== 'multiselect' ? undefined : v), schema)
      : z.preprocess((v) => (blank(v) ? undefined : v), schema.optional());
  }
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `表单中有本事项不需要的内容：${issue.keys.join('、')}` : '表单应为一组字段'),
  }) as unknown as z.ZodType<FormAnswers>;
}

/** The form's answers with personal numbers masked, for lists and for clerks who do not handle the case. */
export function maskFormAnswers(fields: readonly FormFieldSpec[], answers: FormAnswers, mask: { id: (v: string) => string; phone: (v: string) => string }): FormAnswers {
  const out: FormAnswers = {};
  for (const field of fields) {
    const value = answers[field.key];
    if (value === undefined) continue;
    out[field.key] =
      typeof value === 'string' && field.type === 'idNumber' ? mask.id(value)
      : typeof value === 'string' && field.type === 'phone' ? mask.phone(value)
      : value;
  }
  return out;
}
