// The catalog versions page's view model (src-miniapp/view-models/versionDiff.ts): describing a version, ticking two
// versions to compare, and a diff as sections with the changed fields named in Chinese.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import {
  canRepublish,
  changedFieldsText,
  chinaDateTime,
  comparePair,
  countsText,
  diffView,
  latestVersion,
  publisherText,
  republishText,
  toggleCompare,
  versionTitle,
} from '../../src-miniapp/view-models/versionDiff';

describe('versions', () => {
  test('title, time in China, figures, republication', () => {
    expect(versionTitle(3)).toBe('第 3 版');
    expect(chinaDateTime('2026-11-29T00:54:37.790Z')).toBe('2026-11-29 08:54');
    expect(chinaDateTime('2026-11-28T16:30:00Z')).toBe('2026-11-29 00:30');
    expect(chinaDateTime('not a date')).toBe('not a date');
    expect(countsText({ matters: 376, handheld: 216, township: 249, village: 44 })).toBe('事项 376 · 掌上办 216 · 乡镇 249 · 村级 44');
    expect(republishText({ republishOf: 1 })).toBe('重新发布自第 1 版');
    expect(republishText({ republishOf: null })).toBe('');
    expect(publisherText({ publisherName: '市级管理员（admin）', publishedBy: '6f1c…' })).toBe('发布人 市级管理员（admin）');
    expect(publisherText({ publisherName: '系统初始化', publishedBy: 'seed' })).toBe('发布人 系统初始化');
  });

  test('any version but the one in force can be published again', () => {
    const latest = latestVersion([{ version: 1 }, { version: 3 }, { version: 2 }]);
    expect(latest).toBe(3);
    expect(canRepublish(1, latest)).toBe(true);
    expect(canRepublish(3, latest)).toBe(false);
    expect(latestVersion([])).toBeNull();
    expect(canRepublish(1, null)).toBe(false);
  });

  test('ticking: at most two, a third lets go of the first, ticking again unticks; the pair is older first', () => {
    let selected = toggleCompare([], 3);
    expect(comparePair(selected)).toBeNull();
    selected = toggleCompare(selected, 1);
    expect(selected).toEqual([3, 1]);
    expect(comparePair(selected)).toEqual({ from: 1, to: 3 });
    selected = toggleCompare(selected, 2);
    expect(selected).toEqual([1, 2]);
    expect(toggleCompare(selected, 1)).toEqual([2]);
    expect(comparePair([2, 2])).toBeNull();
  });
});

describe('the diff', () => {
  test('sections in the order 新增, 删除, 修改, only those with matters; fields named in Chinese', () => {
    const view = diffView({
      from: 1,
      to: 2,
      added: [{ id: 'a', name: '残疾人证迁移' }],
      removed: [],
      changed: [
        {
          id: 'b',
          name: '残疾人证新办',
          fields: ['promiseLimit', 'steps', 'promiseLimit'],
          changes: [{ field: 'promiseLimit', label: '承诺办结时限', before: '15 工作日', after: '10 工作日' }],
        },
        { id: 'c', name: '残疾人证换领', fields: ['status'], changes: [] },
        { id: 'd', name: '残疾人证注销', fields: ['newField'], changes: [] },
      ],
    });
    expect(view.heading).toBe('第 1 版 → 第 2 版');
    expect(view.summary).toBe('新增 1 个、删除 0 个、修改 3 个事项');
    expect(view.same).toBe(false);
    expect(view.sections.map((s) => [s.kind, s.title])).toEqual([
      ['added', '新增事项'],
      ['changed', '修改事项'],
    ]);
    expect(view.sections[0].items).toEqual([{ id: 'a', name: '残疾人证迁移', fields: '', changes: [] }]);
    expect(view.sections[1].items[0].changes).toEqual([{ label: '承诺办结时限', before: '15 工作日', after: '10 工作日' }]);
    expect(view.sections[1].items.map((i) => i.fields)).toEqual(['承诺办结时限、办理流程', '事项状态', 'newField']);
  });

  test('two versions with the same content', () => {
    const view = diffView({ from: 2, to: 3, added: [], removed: [], changed: [] });
    expect(view.same).toBe(true);
    expect(view.sections).toEqual([]);
    expect(view.summary).toBe('新增 0 个、删除 0 个、修改 0 个事项');
  });

  test('removed matters', () => {
    const view = diffView({ from: 1, to: 2, added: [], removed: [{ id: 'x', name: '老事项' }], changed: [] });
    expect(view.sections.map((s) => s.kind)).toEqual(['removed']);
    expect(changedFieldsText(['materials', 'faq'])).toBe('申请材料、常见问题');
  });
});
