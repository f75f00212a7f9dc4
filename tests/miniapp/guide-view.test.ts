// Renderer-free wording of the guide page (src-miniapp/view-models/guideView.ts): time limits, trips, fees, channels,
// materials per situation with their necessity, steps with the special procedures that do not count, phones,
// and what 「立即办理」 does.
// These modules must stay Taro-free (so they run here without a renderer): loading Taro fails the file.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import {
  applyAction,
  channelsText,
  copiesText,
  daysText,
  defaultSituation,
  feesView,
  formText,
  isHandheldGuide,
  keyFacts,
  legalText,
  materialGroups,
  materialsSummary,
  materialView,
  necessityLabel,
  onlineDepthText,
  phoneNumbers,
  promiseShortText,
  promiseText,
  resultText,
  stepViews,
  visitsText,
} from '../../src-miniapp/view-models/guideView';
import type { Guide, GuideMaterial } from '../../src-miniapp/services/types';

function material(name: string, extra: Partial<GuideMaterial> = {}): GuideMaterial {
  return {
    id: `common-${name.length}`,
    name,
    kind: '证件证书证明',
    form: '纸质/电子',
    necessity: 'required',
    source: '申请人自备',
    originals: 1,
    copies: 0,
    acceptance: '真实有效',
    blankForm: false,
    sampleForm: false,
    ...extra,
  };
}

/** The guide of 残疾人证新办 as the server gives it (shortened). */
const guide: Guide = {
  id: 'g1',
  key: 'cl-card-new',
  code: '410100100000-01',
  baseCode: '410100100000',
  name: '残疾人证新办',
  mainItem: '残疾人证核发',
  department: { code: 'cl', name: '残疾人联合会', shortName: '残联' },
  type: '07',
  typeName: '行政确认',
  level: 4,
  levelName: '县级',
  legalDays: 10,
  promiseDays: 8,
  legalLimit: { value: 10, unit: '工作日', note: '残疾评定和公示时间不计入' },
  promiseLimit: { value: 8, unit: '工作日' },
  instant: false,
  visits: 1,
  onlineDepth: 3,
  channels: [3, 1, 2],
  reach: '全国',
  audiences: [1],
  topics: ['残疾人', '证件办理'],
  fees: [],
  free: true,
  conditions: ['经评定达到残疾标准'],
  basis: [{ law: '《中华人民共和国残疾人保障法》', article: '第二条', excerpt: '残疾人是指……' }],
  steps: [
    { name: '受理', description: '核验身份', days: 1, counted: true },
    { name: '残疾评定', description: '到指定机构评定', days: 15, counted: false },
    { name: '公示', description: '公示五个工作日', days: 0, counted: false },
    { name: '审核', description: '县级残联审核', days: 5, counted: true },
    { name: '送达', description: '窗口领取', days: 0, counted: true },
  ],
  materials: [
    material('申请人居民身份证', { source: '政府部门核发' }),
    material('《中华人民共和国残疾人证申请表》', { kind: '申请表格文书', blankForm: true, sampleForm: true }),
    material('既往病历、诊断证明等医疗资料', { necessity: 'optional', originals: 0, copies: 1, form: '纸质' }),
  ],
  situations: [
    { id: 'self', name: '本人申请', description: '本人办理。', materials: [] },
    {
      id: 'guardian',
      name: '监护人代为申请',
      description: '由监护人代为申请。',
      materials: [material('监护关系证明', { id: 'guardian-1', necessity: 'deferrable', note: '可容缺后补' })],
    },
  ],
  result: { type: '证照', name: '中华人民共和国残疾人证', delivery: ['窗口领取', '邮寄送达', '电子证照'] },
  faq: [{ q: '评定去哪家医院做？', a: '由省里指定。' }],
  aliases: ['办残疾证'],
  placeLevel: 'county',
  placeNote: '县级事项，在县（区）政务服务中心对应窗口办理',
  place: '殷都区政务服务中心 残联窗口',
  address: '殷都区钢城路',
  hours: '工作日 8:30—12:00',
  phone: '0372-3165101，12385',
  phoneEntered: true,
  supervisePhone: '0372-12345',
  places: [],
  formSchema: { fields: [] },
  status: '在用',
  version: 1,
};

describe('time limits', () => {
  test('days with their unit; 即办件 are done on the spot', () => {
    expect(daysText(8)).toBe('8 个工作日');
    expect(daysText(30, '自然日')).toBe('30 个自然日');
    expect(promiseText(guide)).toBe('8 个工作日');
    expect(promiseText({ instant: false, promiseLimit: { value: 20, unit: '自然日' } })).toBe('20 个自然日');
    expect(promiseText({ instant: true, promiseLimit: { value: 0, unit: '工作日' } })).toBe('即办件，当场办结');
    expect(legalText(guide.legalLimit)).toBe('10 个工作日');
    expect(legalText({ value: 0, unit: '工作日' })).toBe('即时办结');
    // No law sets a limit: 无, never 即时办结.
    expect(legalText({ value: 0, unit: '工作日', none: true, note: '法律、行政法规未设定办结时限' })).toBe('无（法律法规未设定）');
  });

  test('the short line of list rows (the list has no unit: 日)', () => {
    expect(promiseShortText(8)).toBe('承诺 8 个工作日内办结');
    expect(promiseShortText(30, '自然日')).toBe('承诺 30 个自然日内办结');
    expect(promiseShortText(0)).toBe('即办件');
  });
});

describe('key facts', () => {
  test('trips, channels, online depth', () => {
    expect(visitsText(0)).toBe('0 次（不用到现场）');
    expect(visitsText(1)).toBe('最多 1 次');
    expect(channelsText([3, 1, 2])).toBe('窗口办理、网上办理（电脑）、掌上办（手机）');
    expect(channelsText([1, 4])).toBe('窗口办理、快递办理');
    expect(channelsText([])).toBe('窗口办理');
    // In words a resident acts on, never 深度Ⅲ.
    expect(onlineDepthText(4)).toBe('可全程网办，不用到现场');
    expect(onlineDepthText(3)).toBe('可网上提交申请，到现场一次');
    expect(onlineDepthText(1)).toBe('网上可查看办事指南、下载表格，需到现场办理');
    for (const depth of [1, 2, 3, 4]) expect(onlineDepthText(depth)).not.toMatch(/深度|[ⅠⅡⅢⅣ]/);
    expect(onlineDepthText(0)).toBe('不支持网上办理');
  });

  test('fees: 不收费, or each fee with its standard and whether it can be reduced', () => {
    expect(feesView(guide)).toEqual({ text: '不收费', lines: [] });
    const paid = feesView({
      free: false,
      fees: [{ name: '居民身份证工本费', standard: '每证20元', amountFen: 2000, basis: '发改价格〔2003〕2322号', reducible: true }],
    });
    expect(paid).toEqual({ text: '收费', lines: [{ name: '居民身份证工本费', standard: '每证20元', reducible: true }] });
  });

  test('the facts box: promised and legal time first, with their notes', () => {
    const facts = keyFacts(guide);
    expect(facts.map((f) => f.label)).toEqual(['承诺办结', '法定办结', '到现场次数', '是否收费', '办理形式', '网上办理', '通办范围']);
    expect(facts[0]).toMatchObject({ key: 'promise', value: '8 个工作日' });
    expect(facts[1]).toMatchObject({ key: 'legal', value: '10 个工作日', note: '残疾评定和公示时间不计入' });
    // A note that only repeats the value is not shown twice (即时办结 / 即时办结).
    const instant = keyFacts({ ...guide, instant: true, promiseLimit: { value: 0, unit: '工作日', note: '当场办结' }, legalLimit: { ...guide.legalLimit, value: 0, note: '即时办结' } })
    expect(instant[0]).toMatchObject({ value: '即办件，当场办结', note: undefined });
    expect(instant[1]).toMatchObject({ value: '即时办结', note: undefined });
    expect(facts.find((f) => f.key === 'fees')?.value).toBe('不收费');
  });

  test('handheld = the phone is among the channels', () => {
    expect(isHandheldGuide(guide)).toBe(true);
    expect(isHandheldGuide({ channels: [1, 2] })).toBe(false);
  });
});

describe('materials', () => {
  test('necessity labels: 必须, 非必须, 容缺后补 (anything unknown counts as 必须)', () => {
    expect(necessityLabel('required')).toBe('必须');
    expect(necessityLabel('optional')).toBe('非必须');
    expect(necessityLabel('deferrable')).toBe('容缺后补');
    expect(necessityLabel('whatever')).toBe('必须');
  });

  test('copies and form', () => {
    expect(copiesText({ originals: 1, copies: 0 })).toBe('原件 1 份');
    expect(copiesText({ originals: 0, copies: 2 })).toBe('复印件 2 份');
    expect(copiesText({ originals: 1, copies: 1 })).toBe('原件 1 份、复印件 1 份');
    expect(copiesText({ originals: 0, copies: 0 })).toBe('');
    expect(formText('纸质/电子')).toBe('纸质或电子');
    expect(formText('电子')).toBe('电子');
  });

  test('a material as shown: templates offered, note and acceptance', () => {
    expect(materialView(guide.materials[1])).toMatchObject({
      name: '《中华人民共和国残疾人证申请表》',
      necessityLabel: '必须',
      copies: '原件 1 份',
      form: '纸质或电子',
      templates: [{ label: '有空白表格', kind: 'blank' }, { label: '有填写样表', kind: 'sample' }],
      note: '',
      acceptance: '真实有效',
    });
    expect(materialView(guide.materials[2])).toMatchObject({ necessity: 'optional', necessityLabel: '非必须', templates: [] });
  });

  test('per situation: the common list, then what the situation adds', () => {
    expect(defaultSituation(guide)).toBe('self');
    const self = materialGroups(guide, 'self');
    expect(self.map((g) => g.title)).toEqual(['所有情形都需要']);
    expect(self[0].materials).toHaveLength(3);

    const guardian = materialGroups(guide, 'guardian');
    expect(guardian.map((g) => g.title)).toEqual(['所有情形都需要', '「监护人代为申请」还需要']);
    expect(guardian[1].materials[0]).toMatchObject({ name: '监护关系证明', necessityLabel: '容缺后补', note: '可容缺后补' });
    expect(materialsSummary(guardian)).toBe('共 4 项，其中必须提交 2 项');
  });

  test('without situations: one plain list', () => {
    const plain = { materials: guide.materials.slice(0, 2), situations: [] };
    expect(defaultSituation(plain)).toBeNull();
    const groups = materialGroups(plain, null);
    expect(groups).toHaveLength(1);
    expect(groups[0].title).toBe('');
    expect(materialsSummary(groups)).toBe('共 2 项，均须提交');
    expect(materialsSummary([{ title: '', materials: [] }])).toBe('无需提交材料');
  });

  test('an unknown situation shows the common list only', () => {
    expect(materialGroups(guide, 'nope')).toEqual([{ title: '', materials: guide.materials.map(materialView) }]);
  });
});

test('steps: days in the limit’s unit, special procedures marked 不计时', () => {
  const steps = stepViews(guide);
  expect(steps.map((s) => s.time)).toEqual(['1 个工作日', '不计时', '不计时', '5 个工作日', '当场']);
  expect(steps[1]).toMatchObject({ index: 2, counted: false, note: '特别程序，一般需 15 个工作日，不计入办结时限' });
  expect(steps[2].note).toBe('特别程序，不计入办结时限');
  expect(steps[0].note).toBe('');
  expect(stepViews({ ...guide, legalLimit: { value: 30, unit: '自然日' } })[0].time).toBe('1 个自然日');
});

test('result: the name and how it is delivered', () => {
  expect(resultText(guide.result)).toBe('中华人民共和国残疾人证（窗口领取、邮寄送达、电子证照）');
  expect(resultText({ type: '无', name: '无', delivery: ['短信通知'] })).toBe('办结后短信通知');
  expect(resultText({ type: '无', name: '', delivery: [] })).toBe('无');
});

test('phones: the window’s number and the hotline, each dialable', () => {
  expect(phoneNumbers(guide.phone)).toEqual([
    { label: '咨询电话', text: '0372-3165101', dial: '03723165101' },
    { label: '服务热线', text: '12385', dial: '12385' },
  ]);
  expect(phoneNumbers('0372-12345', ['监督投诉电话'])).toEqual([
    { label: '监督投诉电话', text: '0372-12345', dial: '037212345' },
  ]);
  expect(phoneNumbers('0372-5955301、0372-5955302；12345')).toHaveLength(3);
  expect(phoneNumbers('')).toEqual([]);
  expect(phoneNumbers('暂无')).toEqual([]);
});

test('立即办理: window matters point to the office; handheld ones ask to log in, then open the apply wizard', () => {
  expect(applyAction(false, false)).toBe('window');
  expect(applyAction(false, true)).toBe('window');
  expect(applyAction(true, false)).toBe('login');
  expect(applyAction(true, true)).toBe('apply');
  // A station clerk files 代办 for any matter, handheld or not.
  expect(applyAction(false, true, true)).toBe('apply');
});
