// The catalog office's list and import pages (src-miniapp/view-models/catalogAdmin.ts): the problems of 「检查」 and of
// a refused 「发布」 grouped by matter, and the import's report and row errors.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import {
  groupProblems,
  importFileKind,
  importRowErrors,
  importSummary,
  parseImportJson,
  problemsFromPublishError,
  problemsSummary,
  rowLabel,
} from '../../src-miniapp/view-models/catalogAdmin';
import { errorFromResponse } from '../../src-miniapp/services/errors';

describe('publishing problems', () => {
  test('a refused publication (422) back to {matterId, rule, message}, grouped by matter', () => {
    const error = errorFromResponse(422, {
      error: {
        code: 'catalog_invalid',
        message: '目录未通过发布检查：2 个事项共 3 个问题，请修改后再发布',
        details: [
          { field: 'm1', message: '[limits] 承诺办结时限不得超过法定办结时限' },
          { field: 'm2', message: '[complete] 办事指南缺少：设定依据、申请材料' },
          { field: 'm1', message: '[steps] 各环节计时合计 12 个工作日，超过法定时限' },
          { field: 'm3', message: 'no rule here' },
          { message: 42 },
        ],
      },
    });
    const problems = problemsFromPublishError(error);
    expect(problems).toEqual([
      { matterId: 'm1', rule: 'limits', message: '承诺办结时限不得超过法定办结时限' },
      { matterId: 'm2', rule: 'complete', message: '办事指南缺少：设定依据、申请材料' },
      { matterId: 'm1', rule: 'steps', message: '各环节计时合计 12 个工作日，超过法定时限' },
      { matterId: 'm3', rule: '', message: 'no rule here' },
    ]);
    expect(problemsSummary(problems)).toBe('共 3 个事项 4 个问题');
    const groups = groupProblems(problems, new Map([['m1', '残疾人证新办'], ['m2', '导入的事项']]));
    expect(groups.map((g) => [g.matterId, g.name, g.problems.length])).toEqual([
      ['m1', '残疾人证新办', 2],
      ['m2', '导入的事项', 1],
      ['m3', '未知事项', 1],
    ]);
    expect(groups[0].problems[0]).toEqual({ rule: 'limits', ruleLabel: '办结时限', message: '承诺办结时限不得超过法定办结时限' });
    expect(groups[2].problems[0].ruleLabel).toBe('');
  });

  test('no details, no problems', () => {
    expect(problemsFromPublishError({ details: undefined })).toEqual([]);
  });
});

describe('import', () => {
  test('file kinds by name', () => {
    expect(importFileKind('目录.XLSX')).toBe('xlsx');
    expect(importFileKind('guangan-catalog.json')).toBe('json');
    expect(importFileKind('a.csv')).toBe('csv');
    expect(importFileKind('a.xls')).toBeNull();
  });

  test('the report and the refusal name rows the way people count them', () => {
    expect(rowLabel('row 12')).toBe('第 12 行');
    expect(rowLabel('第 12 行')).toBe('第 12 行');
    expect(rowLabel('departments[2].matters[0]')).toBe('第 3 个部门第 1 个事项');
    expect(rowLabel('matters[3]')).toBe('第 4 个事项');
    expect(rowLabel('第 3 个部门第 1 个事项')).toBe('第 3 个部门第 1 个事项');
    expect(importSummary({ created: 3, updated: 2, incomplete: 0 })).toBe('新增 3 个、更新 2 个事项');
    expect(importSummary({ created: 1135, updated: 0, incomplete: 1135 })).toBe(
      '新增 1135 个、更新 0 个事项，其中 1135 个不完整，需补全后才能发布',
    );
    const refused = errorFromResponse(422, {
      error: {
        code: 'import_invalid',
        message: '有 2 行无法导入，整个文件未导入，请修改后重新上传',
        details: [
          { field: 'row 12', message: '缺少事项名称' },
          { field: '第 14 行', message: '业务办理项编码与第 3 行重复' },
          { field: '', message: '文件中没有事项' },
        ],
      },
    });
    expect(importRowErrors(refused)).toEqual([
      { row: '第 12 行', message: '缺少事项名称' },
      { row: '第 14 行', message: '业务办理项编码与第 3 行重复' },
      { row: '', message: '文件中没有事项' },
    ]);
  });

  test('pasted JSON', () => {
    expect(parseImportJson('{"matters": []}')).toEqual({ ok: true, body: { matters: [] } });
    expect(parseImportJson('')).toEqual({ ok: false, message: '请选择文件，或粘贴 JSON 内容' });
    expect(parseImportJson('[1]')).toEqual({
      ok: false,
      message: 'JSON 应为 {"departments":[…]}（本系统格式）或 {"matters":[…]}（事项清单格式）',
    });
    const broken = parseImportJson('{');
    expect(broken.ok).toBe(false);
    // The parser's English never reaches the office: the line and column instead.
    expect(parseImportJson('{\n  "matters": [1,]\n}')).toEqual({ ok: false, message: expect.stringMatching(/^JSON 格式有误：第 2 行第 \d+ 列附近/) });
    expect(parseImportJson('{"matters": [')).toEqual({ ok: false, message: 'JSON 格式有误：内容不完整，结尾可能缺少 }、] 或引号' });
    const abc = parseImportJson('abcdef')
    expect(!abc.ok && abc.message.replace('JSON', '')).not.toMatch(/[A-Za-z]{4,}/);
  });
});
