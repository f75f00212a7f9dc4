// The draft editor's renderer-free logic (src-miniapp/view-models/draftEditor/): editing one path of the guide
// leaves everything else as it was (the promise limit round-trips exactly), the server's `content.<path>`
// details land on the control that edits the path (or the nearest one above it, or the JSON box), the error
// summary names them in Chinese, and numbers typed wrong are caught before sending.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { errorFromResponse, networkError } from '../../src-miniapp/services/errors';
import { withFieldType } from '../../src-miniapp/view-models/draftEditor/fieldKinds';
import { addItem, getAt, moveItem, parsePath, removeItem, setAt } from '../../src-miniapp/view-models/draftEditor/paths';
import {
  JSON_CONTROL,
  controlFor,
  localProblems,
  messagesByControl,
  pathLabel,
  problemsFromDetails,
  saveFailure,
  summaryLine,
} from '../../src-miniapp/view-models/draftEditor/problems';
import { addTag, contentToJson, numberFromText, optionalText, parseContentJson, toggleValue } from '../../src-miniapp/view-models/draftEditor/values';
import { fieldLabel, optionLabel, MATTER_TYPES, ruleLabel } from '@shared/catalog/labels';
import { missingText } from '../../src-miniapp/view-models/catalogAdmin';

/** A guide shaped like the seeded ones (only what the tests touch). */
function guide() {
  return {
    key: 'cl-card-new',
    name: '残疾人证新办',
    legalLimit: { value: 10, unit: '工作日', note: '自县级残联收到评定结论之日起计算' },
    promiseLimit: { value: 8, unit: '工作日', note: '评定结论送达县级残联后8个工作日内完成审核、制证' },
    basis: [{ law: '《中华人民共和国残疾人保障法》', article: '第二条', excerpt: '……' }],
    audiences: [1],
    materials: [
      { name: '申请人居民身份证', originals: 1, copies: 0, necessity: 'required' },
      { name: '申请人居民户口簿', originals: 1, copies: 0, necessity: 'required' },
      { name: '近期免冠彩色证件照片', originals: 3, copies: 0, necessity: 'required', paperSize: '其他' },
    ],
    situations: [
      { key: 'self', name: '本人申请', description: '……', materials: [] },
      { key: 'guardian', name: '监护人代为申请', description: '……', materials: [{ name: '监护关系证明', originals: 1, copies: 1 }] },
    ],
    steps: [{ name: '受理', description: '……', days: 1, counted: true }],
    aliases: ['办残疾证', '残疾证怎么办', '申请残疾证'],
    form: [{ key: 'category', label: '残疾类别', type: 'select', required: true, options: [{ value: 'a', label: '视力残疾' }, { value: 'b', label: '听力残疾' }] }],
  };
}

describe('editing one path of the guide', () => {
  test('the promise limit changes and everything else is the same object, so it round-trips exactly', () => {
    const before = guide();
    const after = setAt(before, ['promiseLimit', 'value'], numberFromText('7'));
    expect(after.promiseLimit).toEqual({ value: 7, unit: '工作日', note: before.promiseLimit.note });
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.basis).toBe(before.basis);
    expect(after.materials).toBe(before.materials);
    expect(after.legalLimit).toBe(before.legalLimit);
    expect(before.promiseLimit.value).toBe(8); // the original is not touched
    // What is sent and read back is the same JSON.
    expect(JSON.parse(JSON.stringify(after))).toEqual(after);
    expect(getAt(after, ['promiseLimit', 'value'])).toBe(7);
  });

  test('clearing an optional text removes the key instead of sending an empty string', () => {
    const after = setAt(guide(), ['promiseLimit', 'note'], optionalText('  '));
    expect(after.promiseLimit).toEqual({ value: 8, unit: '工作日' });
    expect('note' in after.promiseLimit).toBe(false);
    expect(setAt(guide(), ['materials', 2, 'paperSize'], undefined).materials[2]).not.toHaveProperty('paperSize');
  });

  test('numbers: whole numbers become numbers; anything else stays text for the check; optional empties are left out', () => {
    expect(numberFromText('14')).toBe(14);
    expect(numberFromText(' 0 ')).toBe(0);
    expect(numberFromText('-1')).toBe(-1);
    expect(numberFromText('1.5')).toBe('1.5');
    expect(numberFromText('')).toBe('');
    expect(numberFromText('', true)).toBeUndefined();
  });

  test('lists: add, remove and move items; a list missing from an imported draft is created', () => {
    const g = guide();
    const added = addItem(g, ['materials'], { name: '残疾评定表' });
    expect(added.materials.map((m) => m.name)).toEqual([...g.materials.map((m) => m.name), '残疾评定表']);
    expect(removeItem(g, ['materials'], 0).materials.map((m) => m.name)).toEqual(['申请人居民户口簿', '近期免冠彩色证件照片']);
    expect(moveItem(g, ['materials'], 2, -1).materials.map((m) => m.name)).toEqual([
      '申请人居民身份证',
      '近期免冠彩色证件照片',
      '申请人居民户口簿',
    ]);
    expect(moveItem(g, ['materials'], 0, -1)).toBe(g); // out of range: unchanged
    expect(addItem({ name: '导入的事项' } as Record<string, unknown>, ['faq'], { q: '', a: '' })).toEqual({
      name: '导入的事项',
      faq: [{ q: '', a: '' }],
    });
    expect(setAt({}, ['situations', 0, 'materials', 0, 'name'], '证明')).toEqual({ situations: [{ materials: [{ name: '证明' }] }] });
  });

  test('tags and multiple choices', () => {
    expect(addTag(['办残疾证'], ' 残疾证 ')).toEqual(['办残疾证', '残疾证']);
    expect(addTag(['办残疾证'], '办残疾证')).toEqual(['办残疾证']);
    expect(addTag(['办残疾证'], '  ')).toEqual(['办残疾证']);
    expect(toggleValue([3, 1], 2, [1, 2, 3, 4])).toEqual([1, 2, 3]);
    expect(toggleValue(['village', 'county'], 'county', ['village', 'township', 'county', 'city'])).toEqual(['village']);
  });

  test('a form field has options exactly when it is 单选 or 多选', () => {
    const text = withFieldType({ key: 'a', label: '地址', type: 'text', required: true }, 'select');
    expect(text.options).toEqual([{ value: '', label: '' }, { value: '', label: '' }]);
    const kept = withFieldType(guide().form[0], 'multiselect');
    expect(kept.options).toEqual(guide().form[0].options);
    expect(withFieldType(guide().form[0], 'textarea')).toEqual({ key: 'category', label: '残疾类别', type: 'textarea', required: true });
  });
});

describe('the server’s 400: content.<path> → the control that edits it', () => {
  test('paths are read with or without the content prefix, numbers as indexes', () => {
    expect(parsePath('content.materials.2.name')).toEqual(['materials', 2, 'name']);
    expect(parsePath('content/promiseLimit/value')).toEqual(['promiseLimit', 'value']);
    expect(parsePath('status')).toEqual(['status']);
    expect(parsePath('content')).toEqual([]);
  });

  test('a path with its own control, the nearest control above it, the JSON box, or only the summary', () => {
    const at = (field: string) => controlFor(parsePath(field));
    expect(at('content.promiseLimit.value')).toBe('promiseLimit.value');
    expect(at('content.promiseLimit')).toBe('promiseLimit');
    expect(at('content.materials.2.name')).toBe('materials.2.name');
    expect(at('content.materials.2')).toBe('materials.2');
    expect(at('content.materials')).toBe('materials');
    expect(at('content.situations.1.materials.0.acceptance')).toBe('situations.1.materials.0.acceptance');
    expect(at('content.aliases.3')).toBe('aliases');
    // The option's own text box (the field table gives every item field a control).
    expect(at('content.form.0.options.1.label')).toBe('form.0.options.1.label');
    expect(at('content.form.0.options.1')).toBe('form.0.options.1');
    expect(at('content.form.0.maxLength')).toBe('form.0');
    expect(at('content.basis.0.article')).toBe('basis.0.article');
    expect(at('content.audiences.0')).toBe('audiences');
    expect(at('content.key')).toBe(JSON_CONTROL);
    expect(at('content.somethingNew.x')).toBe(JSON_CONTROL);
    expect(at('status')).toBe('status');
    expect(at('content')).toBe('');
  });

  test('the summary names each path in Chinese', () => {
    expect(pathLabel(parsePath('content.promiseLimit.value'))).toBe('承诺办结时限 · 时限');
    expect(pathLabel(parsePath('content.materials.2.name'))).toBe('申请材料 第 3 项 · 材料名称');
    expect(pathLabel(parsePath('content.situations.1.materials.0.acceptance'))).toBe('办理情形 第 2 项 · 材料 第 1 项 · 受理标准');
    expect(pathLabel(parsePath('content.form.0.options.1.label'))).toBe('表单字段 第 1 项 · 选项 第 2 项 · 选项名称');
    expect(pathLabel(parsePath('content.basis.0.article'))).toBe('设定依据 第 1 项 · 条款号');
    expect(pathLabel(parsePath('content.conditions.0'))).toBe('受理条件 第 1 项');
    expect(pathLabel(parsePath('content.unknownThing'))).toBe('unknownThing');
    expect(pathLabel([])).toBe('办事指南');
  });

  test('a real 400 of PUT /api/admin/matters/:id spread over the editor', () => {
    const error = errorFromResponse(400, {
      error: {
        code: 'invalid_input',
        message: '提交的内容有误，请按提示修改后重试',
        details: [
          { field: 'content.promiseLimit.value', message: '不能小于 0' },
          { field: 'content.materials.2.name', message: '此项不能为空' },
          { field: 'content.aliases.1', message: '此项不能为空' },
          { field: 'content.aliases', message: '至少 3 项' },
          { field: 'content.key', message: '格式不正确' },
          { field: 'content.form.0.key', message: '' },
        ],
        requestId: 'r1',
      },
    });
    const failure = saveFailure(error);
    expect(failure.message).toBeNull();
    expect(failure.problems.map((p) => [p.control, p.message])).toEqual([
      ['promiseLimit.value', '不能小于 0'],
      ['materials.2.name', '此项不能为空'],
      ['aliases', '此项不能为空'],
      ['aliases', '至少 3 项'],
      [JSON_CONTROL, '格式不正确'],
    ]);
    const byControl = messagesByControl(failure.problems);
    expect(byControl['promiseLimit.value']).toBe('不能小于 0');
    expect(byControl['materials.2.name']).toBe('此项不能为空');
    // Problems placed on a control above their path say where exactly.
    expect(byControl.aliases).toBe('别名 第 2 项：此项不能为空；至少 3 项');
    expect(byControl[JSON_CONTROL]).toBe('事项标识：格式不正确');
    expect(failure.problems.map(summaryLine)).toEqual([
      '承诺办结时限 · 时限：不能小于 0',
      '申请材料 第 3 项 · 材料名称：此项不能为空',
      '别名 第 2 项：此项不能为空',
      '别名：至少 3 项',
      '事项标识：格式不正确',
    ]);
  });

  test('errors without field details (409, network) are one message above the form', () => {
    const taken = errorFromResponse(409, { error: { code: 'matter_code_taken', message: '业务办理项编码或标识已被其他事项使用' } });
    expect(saveFailure(taken)).toEqual({ problems: [], message: '业务办理项编码或标识已被其他事项使用' });
    expect(saveFailure(networkError(new Error('x')))).toEqual({ problems: [], message: '网络连接失败，请检查网络后重试' });
    expect(problemsFromDetails('nonsense')).toEqual([]);
  });
});

describe('checks before sending', () => {
  test('numbers typed as something else are named, at every depth, in the order of the form', () => {
    let g: Record<string, unknown> = guide();
    expect(localProblems(g)).toEqual([]);
    g = setAt(g, ['promiseLimit', 'value'], numberFromText('七'));
    g = setAt(g, ['situations', 1, 'materials', 0, 'copies'], numberFromText('1.5'));
    g = setAt(g, ['steps', 0, 'days'], numberFromText(''));
    expect(localProblems(g).map((p) => [p.control, p.label, p.message])).toEqual([
      ['promiseLimit.value', '承诺办结时限 · 时限', '请输入整数'],
      ['situations.1.materials.0.copies', '办理情形 第 2 项 · 材料 第 1 项 · 复印件份数', '请输入整数'],
      ['steps.0.days', '办理流程 第 1 项 · 时限（天）', '请输入整数'],
    ]);
  });

  test('the JSON box: the whole guide as an object, or why not', () => {
    const g = guide();
    expect(parseContentJson(contentToJson(g))).toEqual({ ok: true, content: g });
    const broken = parseContentJson('{"name": ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/^JSON 格式有误/);
    expect(parseContentJson('[1, 2]')).toEqual({ ok: false, message: 'JSON 应为一个对象（{…}），即整份办事指南' });
  });
});

describe('names of fields, codes and rules', () => {
  test('missing fields, rules and code tables in Chinese', () => {
    expect(missingText(['basis', 'materials', 'somethingNew'])).toBe('缺少：设定依据、申请材料、somethingNew');
    expect(missingText([])).toBe('');
    expect(fieldLabel('promiseLimit')).toBe('承诺办结时限');
    expect(ruleLabel('limits')).toBe('办结时限');
    expect(ruleLabel('new-rule')).toBe('new-rule');
    expect(optionLabel(MATTER_TYPES, '07')).toBe('行政确认');
    expect(optionLabel(MATTER_TYPES, undefined)).toBe('');
  });
});
