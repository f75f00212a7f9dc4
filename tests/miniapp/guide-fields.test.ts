// The draft editor's field table (src-miniapp/view-models/draftEditor/fields.ts, its kinds in fieldKinds.ts) against the authoring format
// (src-shared/contracts/catalog-source.ts): it names every field of the format except 事项标识 (edited in the
// JSON box), no field the format does not know, and its new items only use the format's keys. The controls,
// where problems are placed and how the summary names them all come from this one table.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { z } from 'zod';
import { MatterSourceSchema } from '@shared/contracts/catalog-source';
import { itemTitle, type ListField } from '../../src-miniapp/view-models/draftEditor/fieldKinds';
import { eachGuideField } from '../../src-miniapp/view-models/draftEditor/fields';
import { CONTROL_PATTERNS, JSON_CONTROL, pathLabel } from '../../src-miniapp/view-models/draftEditor/problems';

/** The schema inside optional(), default() and nullable(). */
function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  return schema;
}

/** Every path of the format down to its plain values ('#' = any item of a list of objects). */
function schemaPatterns(schema: z.ZodType, prefix: string[] = []): string[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodObject) {
    return Object.entries(s.shape).flatMap(([key, child]) => {
      const at = [...prefix, key];
      return [at.join('.'), ...schemaPatterns(child as z.ZodType, at)];
    });
  }
  if (s instanceof z.ZodArray) {
    const element = unwrap(s.element as z.ZodType);
    return element instanceof z.ZodObject ? schemaPatterns(element, [...prefix, '#']) : [];
  }
  return [];
}

/** Every path the table names, its list items left out. */
function tablePatterns(): string[] {
  const patterns: string[] = [];
  eachGuideField((pattern) => {
    if (!pattern.endsWith('#')) patterns.push(pattern);
  });
  return patterns;
}

/** Every list of the table with its path pattern, in the order of the form. */
const lists = (): [string, ListField][] => {
  const found: [string, ListField][] = [];
  eachGuideField((pattern, field) => {
    if ('kind' in field && field.kind === 'list') found.push([pattern, field]);
  });
  return found;
};

describe('the field table covers the authoring format', () => {
  test('every field but 事项标识, plus the draft status, and nothing else', () => {
    // blankFile / sampleFile are made when a version is published (src-server/catalog/form-files.ts), not authored.
    const authored = (p: string) => p !== 'key' && !/\.(blankFile|sampleFile)(\.|$)/.test(p);
    const expected = [...schemaPatterns(MatterSourceSchema).filter(authored), 'status'].sort();
    const named = tablePatterns();
    expect([...named].sort()).toEqual(expected);
    expect(new Set(named).size).toBe(named.length);
  });

  test('a new item of each list only has keys the format knows', () => {
    const known = new Set(schemaPatterns(MatterSourceSchema));
    for (const [at, list] of lists()) {
      const blank = list.blank();
      if (typeof blank !== 'object' || blank === null) continue;
      for (const key of Object.keys(blank)) expect(`${at}.#.${key}`).toBe([...known].find((k) => k === `${at}.#.${key}`));
    }
  });

  test('each list makes fresh items (adding twice never shares one object)', () => {
    for (const [, list] of lists()) {
      const a = list.blank();
      if (typeof a === 'object') expect(list.blank()).not.toBe(a);
    }
  });
});

describe('what the table tells besides the controls', () => {
  test('each control’s path, each list item’s box, and the JSON box can show a problem; fields without a control cannot', () => {
    for (const p of ['name', 'status', 'promiseLimit', 'promiseLimit.value', 'materials', 'materials.#', 'materials.#.blankForm', 'situations.#.materials.#.copies', 'form.#.options.#.label', 'result', 'result.delivery', JSON_CONTROL]) {
      expect(CONTROL_PATTERNS.has(p)).toBe(true);
    }
    for (const p of ['key', 'form.#.min', 'form.#.maxLength', 'aliases.#', 'topics.#']) expect(CONTROL_PATTERNS.has(p)).toBe(false);
  });

  test('the summary names a path the way the controls are labelled, or by the catalog’s name', () => {
    expect(pathLabel(['materials', 0, 'blankForm'])).toBe('申请材料 第 1 项 · 提供空白表格');
    expect(pathLabel(['form', 1, 'maxLength'])).toBe('表单字段 第 2 项 · 最大长度');
    expect(pathLabel(['result', 'delivery'])).toBe('办理结果 · 送达方式');
    expect(pathLabel(['status'])).toBe('事项状态');
    expect(pathLabel(['key'])).toBe('事项标识');
    expect(pathLabel(['situations', 0, 'materials'])).toBe('办理情形 第 1 项 · 材料');
  });

  test('item headings: 「第 n 项：」 and the item’s name, or 「第 n 条」', () => {
    const [[, basis], [, conditions]] = lists();
    expect(basis.key).toBe('basis');
    expect(itemTitle(basis, { law: '  《残疾人保障法》 ' }, 0)).toBe('第 1 项：《残疾人保障法》');
    expect(itemTitle(basis, { law: '' }, 2)).toBe('第 3 项：（未填法律法规名称）');
    expect(conditions.key).toBe('conditions');
    expect(itemTitle(conditions, '年满 16 周岁', 1)).toBe('第 2 条');
  });
});
