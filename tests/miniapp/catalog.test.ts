// Renderer-free rules of the resident catalog (src-miniapp/services/catalog.ts): the topics, the home page's
// name search (until GET /api/search replaces it), 常用事项, links between the pages, the 办事地区 county, and the
// checks on what the catalog API answers.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { TopicSchema } from '@shared/contracts/catalog-source';
import {
  COMMON_MATTER_NAMES,
  catalogListUrl,
  commonMatters,
  areaCode,
  currentCounty,
  departmentsByCount,
  listFilterFromParams,
  listTitle,
  matchTerm,
  matterUrl,
  parseGuide,
  parseMatterPage,
  placeFor,
  searchMatters,
  searchTerms,
  TOPICS,
  topicCounts,
} from '../../src-miniapp/services/catalog';
import type { MatterSummary } from '../../src-miniapp/services/types';

let nextId = 1;
function matter(name: string, extra: Partial<MatterSummary> = {}): MatterSummary {
  return {
    id: `m${nextId++}`,
    code: '4101001000-01',
    name,
    department: { code: 'mz', name: '民政局' },
    type: '05',
    level: 4,
    handheld: true,
    topics: ['社会救助'],
    promiseDays: 10,
    promiseUnit: '工作日',
    ...extra,
  };
}

const catalog: MatterSummary[] = [
  matter('残疾人证新办', { department: { code: 'cl', name: '残疾人联合会' }, topics: ['残疾人', '证件办理'] }),
  matter('残疾人证换领', { department: { code: 'cl', name: '残疾人联合会' }, topics: ['残疾人', '证件办理'] }),
  matter('残疾军人证换发、补发', { department: { code: 'tyjr', name: '退役军人事务局' }, topics: ['优待抚恤'] }),
  matter('困难残疾人生活补贴申请', { topics: ['残疾人', '社会救助'] }),
  matter('最低生活保障家庭状况变化申报'),
  matter('最低生活保障申请'),
  matter('高龄津贴领取资格认证', { topics: ['养老服务'] }),
  matter('80周岁以上老年人高龄津贴申请', { topics: ['养老服务'] }),
  matter('出生登记（新生儿落户）', { department: { code: 'ga', name: '公安局' }, topics: ['户籍身份', '生育收养'] }),
  matter('社会保障卡申领', { department: { code: 'rs', name: '人力资源和社会保障局' }, topics: ['社会保障'] }),
  matter('居民身份证首次申领', { handheld: false, department: { code: 'ga', name: '公安局' }, topics: ['证件办理'] }),
  matter('Wi-Fi 登记', { handheld: false, topics: ['公共安全'] }),
];

const names = (list: { name: string }[]) => list.map((m) => m.name);

describe('topics', () => {
  test('the list is the same as TopicSchema (the schema module loads zod, so it is repeated)', () => {
    expect([...TOPICS]).toEqual(TopicSchema.options);
  });

  test('only topics that have matters, in the order of the list, with their counts', () => {
    expect(topicCounts(catalog)).toEqual([
      { topic: '生育收养', count: 1 },
      { topic: '户籍身份', count: 1 },
      { topic: '社会保障', count: 1 },
      { topic: '养老服务', count: 2 },
      { topic: '残疾人', count: 3 },
      { topic: '社会救助', count: 3 },
      { topic: '优待抚恤', count: 1 },
      { topic: '公共安全', count: 1 },
      { topic: '证件办理', count: 3 },
    ]);
    expect(topicCounts([])).toEqual([]);
  });
});

describe('search on the names', () => {
  test('typing 残疾人证 finds the 残疾人证 matters, those starting with it first', () => {
    expect(names(searchMatters(catalog, '残疾人证'))).toEqual(['残疾人证新办', '残疾人证换领', '残疾军人证换发、补发']);
  });

  test('the exact name comes first, then names starting with the query, then the earliest match', () => {
    const list = [matter('申请最低生活保障'), matter('最低生活保障申请'), matter('最低生活保障')];
    expect(names(searchMatters(list, '最低生活保障'))).toEqual(['最低生活保障', '最低生活保障申请', '申请最低生活保障']);
  });

  test('shortened words people type find the full names (残疾证, 低保, 社保卡), after whole matches', () => {
    expect(names(searchMatters(catalog, '残疾证'))).toEqual(['残疾人证新办', '残疾人证换领', '残疾军人证换发、补发']);
    expect(names(searchMatters(catalog, '低保'))).toEqual(['最低生活保障申请', '最低生活保障家庭状况变化申报']);
    expect(names(searchMatters(catalog, '社保卡'))).toEqual(['社会保障卡申领']);
    expect(names(searchMatters(catalog, '新生儿落户'))).toEqual(['出生登记（新生儿落户）']);
    // A whole match beats a shortened one.
    const list = [matter('残疾人证新办'), matter('残疾证明开具')];
    expect(names(searchMatters(list, '残疾证'))).toEqual(['残疾证明开具', '残疾人证新办']);
  });

  test('matchTerm: whole, in order with gaps, or not at all; one character must be there whole', () => {
    expect(matchTerm('最低生活保障申请', '生活')).toEqual({ exact: true, start: 2, span: 2 });
    expect(matchTerm('最低生活保障申请', '低保')).toEqual({ exact: false, start: 1, span: 4 });
    expect(matchTerm('最低生活保障申请', '保低')).toBeNull();
    expect(matchTerm('最低生活保障申请', '卡')).toBeNull();
    // The tightest window wins: 证…办 in 证件办理 rather than 证明…办.
    expect(matchTerm('证明材料证件办理', '证办')).toEqual({ exact: false, start: 4, span: 3 });
  });

  test('several words must all be in the name; spaces, full-width spaces and commas split words', () => {
    expect(names(searchMatters(catalog, '残疾 换'))).toEqual(['残疾人证换领', '残疾军人证换发、补发']);
    expect(names(searchMatters(catalog, '高龄\u3000申请'))).toEqual(['80周岁以上老年人高龄津贴申请']);
    expect(searchTerms(' 残疾，换领 ')).toEqual(['残疾', '换领']);
  });

  test('letters compare without case; an empty or blank query finds nothing; the limit holds', () => {
    expect(names(searchMatters(catalog, 'wi-fi'))).toEqual(['Wi-Fi 登记']);
    expect(searchMatters(catalog, '')).toEqual([]);
    expect(searchMatters(catalog, '   ')).toEqual([]);
    expect(searchMatters(catalog, '没有这个事项')).toEqual([]);
    expect(searchMatters(catalog, '申', 2)).toHaveLength(2);
  });

  test('the search does not change the list it is given', () => {
    const copy = [...catalog];
    searchMatters(catalog, '申请');
    expect(catalog).toEqual(copy);
  });
});

describe('常用事项', () => {
  test('picks the first handheld matter containing each name part, in the order of the parts', () => {
    expect(names(commonMatters(catalog))).toEqual([
      '残疾人证新办',
      '最低生活保障申请',
      '出生登记（新生儿落户）',
      '80周岁以上老年人高龄津贴申请',
      '社会保障卡申领',
    ]);
    expect(COMMON_MATTER_NAMES.length).toBeGreaterThanOrEqual(6);
  });

  test('only what exists and can be handled on the phone; no matter twice', () => {
    expect(names(commonMatters(catalog, ['居民身份证', '不存在的事项']))).toEqual([]);
    expect(names(commonMatters(catalog, ['残疾人证', '残疾人证']))).toEqual(['残疾人证新办', '残疾人证换领']);
  });
});

test('departments: the ones with most matters first, none without matters', () => {
  const list = [
    { code: 'da', name: '档案馆', matterCount: 4 },
    { code: 'mz', name: '民政局', matterCount: 36 },
    { code: 'xx', name: '空部门', matterCount: 0 },
    { code: 'rs', name: '人力资源和社会保障局', matterCount: 34 },
  ];
  expect(departmentsByCount(list).map((d) => d.code)).toEqual(['mz', 'rs', 'da']);
  expect(list[0].code).toBe('da');
});

describe('links between the catalog pages', () => {
  test('a topic list, a department list and a guide', () => {
    expect(catalogListUrl({ kind: 'topic', topic: '残疾人' })).toBe(
      `/pages/catalog/list?topic=${encodeURIComponent('残疾人')}`,
    );
    expect(catalogListUrl({ kind: 'department', code: 'cl', name: '残疾人联合会' })).toBe(
      `/pages/catalog/list?department=cl&name=${encodeURIComponent('残疾人联合会')}`,
    );
    expect(matterUrl({ id: 'abc-1', name: '残疾人证新办' })).toBe(
      `/pages/matter/index?id=abc-1&name=${encodeURIComponent('残疾人证新办')}`,
    );
  });

  test('the list page reads its filter back; a link naming neither or a wrong one gives null', () => {
    expect(listFilterFromParams({ topic: '残疾人' })).toEqual({ kind: 'topic', topic: '残疾人' });
    expect(listFilterFromParams({ department: 'cl', name: '残疾人联合会' })).toEqual({
      kind: 'department',
      code: 'cl',
      name: '残疾人联合会',
    });
    expect(listFilterFromParams({ department: 'cl' })).toEqual({ kind: 'department', code: 'cl', name: '' });
    expect(listFilterFromParams({})).toBeNull();
    expect(listFilterFromParams({ topic: '不是主题' })).toBeNull();
    expect(listFilterFromParams({ department: 'CL;drop' })).toBeNull();
  });

  test('the list title: the topic, or the department as its matters name it, the link’s name until then', () => {
    expect(listTitle({ kind: 'topic', topic: '教育' })).toBe('教育');
    expect(listTitle({ kind: 'department', code: 'cl', name: '残疾人联合会' })).toBe('残疾人联合会');
    expect(listTitle({ kind: 'department', code: 'mz', name: '' }, catalog[4])).toBe('民政局');
    expect(listTitle({ kind: 'department', code: 'mz', name: '公安局' }, catalog[4])).toBe('民政局');
    expect(listTitle({ kind: 'department', code: 'mz', name: '' })).toBe('部门事项');
    expect(listTitle(null)).toBe('事项列表');
  });
});

describe('办事地区', () => {
  const path = [
    { code: '4105', name: '安阳市' },
    { code: '410505', name: '殷都区' },
    { code: '410505101', name: '水冶镇' },
  ];

  test('the resident’s address (county and township) once set, a choice made under that address, else none', () => {
    const home = { code: '410505', name: '殷都区', township: { code: '410505101', name: '水冶镇' } };
    // A choice made before the address was set (or under another one) gives way to the address.
    expect(currentCounty({ code: '410522', name: '安阳县' }, path)).toEqual(home);
    expect(currentCounty({ code: '410522', name: '安阳县', profileCode: '410526001' }, path)).toEqual(home);
    // A choice made under the current address stays, with its township when it lies in that county.
    expect(currentCounty({ code: '410522', name: '安阳县', profileCode: '410505101' }, path)).toEqual({ code: '410522', name: '安阳县' });
    const township = { code: '410522100', name: '某镇' };
    expect(currentCounty({ code: '410522', name: '安阳县', township, profileCode: '410505101' }, path)).toEqual({ code: '410522', name: '安阳县', township });
    expect(currentCounty({ code: '410522', name: '安阳县', township: { code: '410505101', name: '水冶镇' } }, null)).toEqual({ code: '410522', name: '安阳县' });
    expect(currentCounty({ code: '410522', name: '安阳县' }, null)).toEqual({ code: '410522', name: '安阳县' });
    expect(currentCounty(undefined, path)).toEqual(home);
    expect(currentCounty({ code: '4105', name: '安阳市' }, null)).toBeNull();
    expect(currentCounty('410505', [])).toBeNull();
    expect(currentCounty(undefined, undefined)).toBeNull();
  });

  test('a profile in a village places guides for that village while the 办事地区 is its own township', () => {
    const villagePath = [...path, { code: '410505101201', name: '西街村' }];
    const village = { code: '410505101201', name: '西街村' };
    const home = currentCounty(undefined, villagePath);
    expect(home).toEqual({ code: '410505', name: '殷都区', township: { code: '410505101', name: '水冶镇' }, village });
    expect(areaCode(home)).toBe('410505101201');
    // Another township chosen under the same address: that township, without the village.
    const other = currentCounty({ code: '410505', name: '殷都区', township: { code: '410505102', name: '铜冶镇' }, profileCode: '410505101201' }, villagePath);
    expect(other).toEqual({ code: '410505', name: '殷都区', township: { code: '410505102', name: '铜冶镇' } });
    expect(areaCode(other)).toBe('410505102');
    expect(areaCode({ code: '410505', name: '殷都区' })).toBe('410505');
  });

  test('the place of the chosen county, else the first one', () => {
    const place = (countyCode: string, countyName: string) => ({
      countyCode,
      countyName,
      place: `${countyName}政务服务中心`,
      address: '',
      transit: '',
      hours: '',
      phone: '',
      phoneEntered: false,
      supervisePhone: '',
    });
    const guide = { places: [place('410502', '文峰区'), place('410505', '殷都区')] };
    expect(placeFor(guide, { code: '410505', name: '殷都区' })?.countyName).toBe('殷都区');
    expect(placeFor(guide, null)?.countyName).toBe('文峰区');
    expect(placeFor(guide, { code: '999999', name: '无' })?.countyName).toBe('文峰区');
    expect(placeFor({ places: [] }, null)).toBeNull();
  });
});

describe('answers of the catalog API', () => {
  test('a page of matters: rows without id or name are dropped, missing lists become empty', () => {
    const page = parseMatterPage({
      items: [{ id: 'a', name: '残疾人证新办', department: { code: 'cl', name: '残联' } }, { id: 'b' }, null],
      total: 18,
      page: 1,
      pageSize: 20,
    });
    expect(page.items).toHaveLength(1);
    expect(page.items[0].topics).toEqual([]);
    expect(page.total).toBe(18);
    expect(() => parseMatterPage({ rows: [] })).toThrow(expect.objectContaining({ code: 'BAD_RESPONSE' }));
    expect(() => parseMatterPage(null)).toThrow(expect.objectContaining({ message: '服务返回的数据格式不正确' }));
  });

  test('a guide: every list is there even when the server left one out; no id or name is refused', () => {
    const guide = parseGuide({ id: 'g', name: '残疾人证新办', situations: [{ id: 's', name: '本人申请' }] });
    expect(guide.materials).toEqual([]);
    expect(guide.steps).toEqual([]);
    expect(guide.places).toEqual([]);
    expect(guide.situations[0].materials).toEqual([]);
    expect(guide.result.delivery).toEqual([]);
    expect(() => parseGuide({ id: 'g' })).toThrow(expect.objectContaining({ code: 'BAD_RESPONSE' }));
  });
});
