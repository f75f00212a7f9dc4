// The label tables of src-shared/catalog/labels.ts against the zod schemas of the catalog's authoring format
// (src-shared/contracts/catalog-source.ts) and the admin contracts: every field and every enum value has its
// Chinese name, and no table names a value the schemas do not know, so the two lists cannot drift apart.
import { z } from 'zod';
import {
  ACCEPTED_AT,
  ACCEPTED_AT_SHORT,
  AUDIENCES,
  BASIS_FIELD_LABELS,
  BODY_NATURES,
  CHANNELS,
  DELIVERIES,
  FAQ_FIELD_LABELS,
  FEE_FIELD_LABELS,
  FIELD_LABELS,
  FORM_FIELD_LABELS,
  FORM_FIELD_TYPES,
  FORM_OPTION_LABELS,
  LIMIT_FIELD_LABELS,
  LIMIT_UNITS,
  MATERIAL_FIELD_LABELS,
  MATERIAL_FORMS,
  MATERIAL_KINDS,
  MATERIAL_SHEET_HEADERS,
  MATERIAL_SOURCES,
  MATTER_KINDS,
  MATTER_LEVELS,
  MATTER_SHEET_HEADERS,
  MATTER_STATUSES,
  MATTER_TYPES,
  NECESSITIES,
  NECESSITY_PLAIN,
  ONLINE_DEPTHS,
  PAPER_SIZES,
  REACHES,
  RESULT_FIELD_LABELS,
  RESULT_TYPES,
  SITUATION_FIELD_LABELS,
  STEP_FIELD_LABELS,
  TOPICS,
  fieldLabel,
  optionLabel,
  type Option,
} from '@shared/catalog/labels';
import {
  FormFieldSchema,
  LegalLimitSchema,
  LimitSchema,
  MaterialSchema,
  MatterSourceSchema,
  MatterTypeCode,
  TopicSchema,
} from '@shared/contracts/catalog-source';
import { MatterStatusSchema } from '@shared/contracts/catalog-admin';

/** The schema inside optional(), default() and array(). */
function inner(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return inner(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return inner(schema.element as z.ZodType);
  return schema;
}

/** The values an enum, a literal or a union of literals allows. */
function valuesOf(schema: z.ZodType): (string | number)[] {
  const s = inner(schema);
  if (s instanceof z.ZodEnum) return [...s.options] as (string | number)[];
  if (s instanceof z.ZodLiteral) return [...s.values] as (string | number)[];
  if (s instanceof z.ZodUnion) return s.options.flatMap((o) => valuesOf(o as z.ZodType));
  throw new Error('not an enum');
}

/** The fields of an object schema (inside optional() and array()). */
function keysOf(schema: z.ZodType): string[] {
  const s = inner(schema);
  if (!(s instanceof z.ZodObject)) throw new Error('not an object');
  return Object.keys(s.shape);
}

const source = MatterSourceSchema.shape;
const values = (options: readonly Option<string | number>[]) => options.map((o) => o.value);
const sorted = (list: readonly (string | number)[]) => [...list].map(String).sort();

describe('every field of the authoring format has its name', () => {
  test('top-level fields, and the draft status', () => {
    expect(sorted(Object.keys(FIELD_LABELS))).toEqual(sorted([...keysOf(MatterSourceSchema), 'status']));
  });

  test.each([
    ['time limits (the legal one can be 无)', LIMIT_FIELD_LABELS, LegalLimitSchema],
    ['legal basis', BASIS_FIELD_LABELS, source.basis],
    ['fees', FEE_FIELD_LABELS, source.fees],
    ['steps', STEP_FIELD_LABELS, source.steps],
    ['materials', MATERIAL_FIELD_LABELS, MaterialSchema],
    ['situations', SITUATION_FIELD_LABELS, source.situations],
    ['result', RESULT_FIELD_LABELS, source.result],
    ['questions', FAQ_FIELD_LABELS, source.faq],
    ['form fields', FORM_FIELD_LABELS, FormFieldSchema],
    ['form field options', FORM_OPTION_LABELS, FormFieldSchema.shape.options],
  ] as [string, Record<string, string>, z.ZodType][])('%s', (_what, labels, schema) => {
    expect(sorted(Object.keys(labels))).toEqual(sorted(keysOf(schema)));
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe('');
  });

  test('fieldLabel names a field, and leaves an unknown key as it is', () => {
    expect(fieldLabel('promiseLimit')).toBe('承诺办结时限');
    expect(fieldLabel('somethingNew')).toBe('somethingNew');
  });
});

describe('every value of every code has its name, and no name is of an unknown value', () => {
  test.each([
    ['事项类型', MATTER_TYPES, MatterTypeCode],
    ['行使层级', MATTER_LEVELS, source.level],
    ['受理地点', ACCEPTED_AT, source.acceptedAt],
    ['办理形式', CHANNELS, source.channels],
    ['实施主体性质', BODY_NATURES, source.bodyNature],
    ['服务对象', AUDIENCES, source.audiences],
    ['主题分类', TOPICS, TopicSchema],
    ['办件类型', MATTER_KINDS, source.kind],
    ['网上办理深度', ONLINE_DEPTHS, source.onlineDepth],
    ['通办范围', REACHES, source.reach],
    ['时限单位', LIMIT_UNITS, LimitSchema.shape.unit],
    ['材料类型', MATERIAL_KINDS, MaterialSchema.shape.kind],
    ['材料形式', MATERIAL_FORMS, MaterialSchema.shape.form],
    ['必要性', NECESSITIES, MaterialSchema.shape.necessity],
    ['来源渠道', MATERIAL_SOURCES, MaterialSchema.shape.source],
    ['纸张规格', PAPER_SIZES, MaterialSchema.shape.paperSize],
    ['结果类型', RESULT_TYPES, source.result.shape.type],
    ['送达方式', DELIVERIES, source.result.shape.delivery],
    ['表单字段类型', FORM_FIELD_TYPES, FormFieldSchema.shape.type],
    ['事项状态', MATTER_STATUSES, MatterStatusSchema],
  ] as [string, readonly Option<string | number>[], z.ZodType][])('%s', (_what, options, schema) => {
    // The same values (zod keeps an enum's values as object keys, so its own order is not reliable).
    expect(sorted(values(options))).toEqual(sorted(valuesOf(schema)));
    expect(new Set(values(options)).size).toBe(options.length);
    for (const o of options) expect(o.label.trim()).not.toBe('');
    expect(new Set(options.map((o) => o.label)).size).toBe(options.length);
  });

  test('the one-word tables: 受理层级 of the spreadsheet, 必要性 in residents’ words', () => {
    expect(sorted(Object.keys(ACCEPTED_AT_SHORT))).toEqual(sorted(valuesOf(source.acceptedAt)));
    expect(sorted(Object.keys(NECESSITY_PLAIN))).toEqual(sorted(valuesOf(MaterialSchema.shape.necessity)));
    expect(new Set(Object.values(ACCEPTED_AT_SHORT)).size).toBe(5);
    expect(new Set(Object.values(NECESSITY_PLAIN)).size).toBe(3);
  });

  test('optionLabel', () => {
    expect(optionLabel(MATTER_TYPES, '07')).toBe('行政确认');
    expect(optionLabel(MATTER_LEVELS, 5)).toBe('乡镇（街道）级');
    expect(optionLabel(MATTER_TYPES, '99')).toBe('99');
    expect(optionLabel(MATTER_TYPES, undefined)).toBe('');
  });
});

test('the spreadsheet’s column headings are unique within each sheet', () => {
  for (const headers of [MATTER_SHEET_HEADERS, MATERIAL_SHEET_HEADERS]) {
    const names = Object.values(headers);
    expect(new Set(names).size).toBe(names.length);
  }
});
