// The delegation list page's renderer-free rules (src-miniapp/view-models/delegationForm.ts): how a delegation reads,
// the checks of 「新增下放」 and 「收回」 (the same as the server's), the body sent, the matter search and the
// routing preview's form.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import {
  canRecall,
  canWithdrawRecall,
  checkWithdrawReason,
  recallBadge,
  checkDelegation,
  checkPreview,
  checkRecall,
  chinaToday,
  chooseAllTownships,
  delegationInput,
  emptyDelegationForm,
  isIsoDate,
  periodText,
  previewRegion,
  recallInput,
  recallText,
  searchMatters,
  takenUpText,
  toggleTownship,
  townshipsText,
} from '../../src-miniapp/view-models/delegationForm';
import { errorSummary, problemsFromError } from '../../src-miniapp/view-models/forms';
import { DELEGATION_FIELDS } from '../../src-miniapp/view-models/delegationForm';
import { errorFromResponse } from '../../src-miniapp/services/errors';
import type { Delegation } from '@shared/contracts/catalog-admin';
import type { MatterSummary } from '../../src-miniapp/services/types';

const matter = (id: string, name: string, level = 4): MatterSummary => ({
  id,
  code: `4105000${id}-01`,
  name,
  level,
  department: { code: 'ga', name: '公安局' },
  type: '公共服务',
  handheld: true,
  topics: [],
  promiseDays: 1,
  promiseUnit: '工作日',
});

const matters = [
  matter('1', '无犯罪记录证明开具'),
  matter('2', '居住证签注'),
  matter('3', '开具无犯罪记录证明（市级）', 3),
  matter('4', '城乡居民基本养老保险参保登记'),
];

const delegation: Delegation = {
  id: 'd1',
  countyCode: '410505',
  matterId: '1',
  townshipCodes: ['410505101'],
  toVillages: false,
  powerSource: 'delegated',
  powerSourceName: '上级下放',
  documentNo: '安殷编〔2021〕6号',
  effectiveFrom: '2021-07-01',
  effectiveUntil: null,
  takenUp: true,
  recall: null,
  createdAt: '2021-07-01T00:00:00.000Z',
};

const names = new Map([
  ['410505101', '水冶镇'],
  ['410505102', '铜冶镇'],
]);

describe('how a delegation reads', () => {
  test('townships, period, taken up, recall', () => {
    expect(townshipsText(delegation, names)).toBe('水冶镇');
    expect(townshipsText({ townshipCodes: ['410505101', '410505999'], toVillages: true }, names)).toBe(
      '水冶镇、410505999，并延伸至村（社区）便民服务站',
    );
    expect(townshipsText({ townshipCodes: 'ALL', toVillages: false }, names)).toBe('全部乡镇（街道）');
    expect(periodText(delegation)).toBe('2021-07-01 起');
    expect(periodText({ effectiveFrom: '2021-07-01', effectiveUntil: '2022-07-01' })).toBe('2021-07-01 至 2022-07-01');
    expect(takenUpText(delegation)).toBe('已承接');
    expect(takenUpText({ takenUp: false })).toBe('未承接');
    expect(recallText(delegation)).toBe('');
    expect(
      recallText({
        effectiveUntil: '2022-07-01',
        recall: { documentNo: '安殷编〔2022〕11号', reason: '办件量小', at: '2022-07-01T00:00:00.000Z', pending: false },
      }),
    ).toBe('自 2022-07-01 起收回；文号 安殷编〔2022〕11号；原因：办件量小');
    // A recall whose day has not come: still in force, and said so.
    const later = { effectiveUntil: '2030-01-01', recall: { documentNo: '安殷编〔2029〕3号', reason: '办件量小', at: '2026-12-07T00:00:00.000Z', pending: true } };
    expect(recallText(later)).toBe('将于 2030-01-01 收回；文号 安殷编〔2029〕3号；原因：办件量小');
    expect(recallBadge(later)).toBe('将于 2030-01-01 收回');
    expect(recallBadge({ ...later, recall: { ...later.recall, pending: false } })).toBe('已收回');
    expect(recallBadge(delegation)).toBe('');
  });

  test('a recall still to come may be withdrawn by the county admin of the county, with a reason', () => {
    const pending = { ...delegation, recall: { documentNo: 'x', reason: 'y', at: '', pending: true } };
    expect(canWithdrawRecall(pending, ['410505'])).toBe(true);
    expect(canWithdrawRecall(pending, ['410526'])).toBe(false);
    expect(canWithdrawRecall({ ...pending, recall: { ...pending.recall, pending: false } }, ['410505'])).toBe(false);
    expect(canWithdrawRecall(delegation, ['410505'])).toBe(false);
    expect(checkWithdrawReason(' 错 ')).toBe('请写明撤回收回的原因');
    expect(checkWithdrawReason('日期登记有误')).toBeNull();
  });

  test('only the county admin of the county may recall, and only once', () => {
    expect(canRecall(delegation, ['410505'])).toBe(true);
    expect(canRecall(delegation, ['410526'])).toBe(false);
    expect(canRecall(delegation, [])).toBe(false); // the city admin reads only
    expect(canRecall({ ...delegation, recall: { documentNo: 'x', reason: 'y', at: '', pending: false } }, ['410505'])).toBe(false);
  });
});

describe('dates', () => {
  test('YYYY-MM-DD and a real day', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    // 2026-11-28 20:00 UTC is already the 29th in China.
    expect(chinaToday(Date.parse('2026-11-28T20:00:00Z'))).toBe('2026-11-29');
  });
});

describe('新增下放', () => {
  test('an empty form names every field, in the order of the form', () => {
    const errors = checkDelegation({ ...emptyDelegationForm('2025-01-01'), effectiveFrom: '' });
    expect(errorSummary(errors, DELEGATION_FIELDS).map((s) => s.message)).toEqual([
      '请选择要下放的事项',
      '请选择承接的乡镇（街道），或选择全部',
      '请选择权力来源',
      '请填写决定文号，例如 安殷编〔2021〕6号',
      '请填写生效日期',
    ]);
  });

  test('a city-level matter, a short document number and a bad date', () => {
    const errors = checkDelegation({
      ...emptyDelegationForm('2025-01-01'),
      matter: matters[2],
      allTownships: true,
      powerSource: 'entrusted',
      documentNo: '6号',
      effectiveFrom: '2025-02-30',
    });
    expect(errors).toEqual({
      matterId: '市级事项不能下放至乡镇（街道）',
      documentNo: '文号至少 4 个字，例如 安殷编〔2021〕6号',
      effectiveFrom: '日期格式应为 YYYY-MM-DD，例如 2025-07-01',
    });
  });

  test('全部 and single townships exclude each other; the body is what the server takes', () => {
    let values = emptyDelegationForm('2025-01-01');
    values = toggleTownship(values, '410505101');
    values = toggleTownship(values, '410505102');
    expect(values.townshipCodes).toEqual(['410505101', '410505102']);
    values = toggleTownship(values, '410505101');
    expect(values.townshipCodes).toEqual(['410505102']);
    const all = chooseAllTownships(values);
    expect(all).toMatchObject({ allTownships: true, townshipCodes: [] });
    expect(toggleTownship(all, '410505101')).toMatchObject({ allTownships: false, townshipCodes: ['410505101'] });

    const filled = { ...values, matter: matters[0], powerSource: 'delegated' as const, documentNo: ' 安殷编〔2025〕1号 ' };
    expect(checkDelegation(filled)).toEqual({});
    expect(delegationInput('410505', filled)).toEqual({
      countyCode: '410505',
      matterId: '1',
      townshipCodes: ['410505102'],
      toVillages: false,
      powerSource: 'delegated',
      documentNo: '安殷编〔2025〕1号',
      effectiveFrom: '2025-01-01',
      takenUp: true,
    });
    expect(delegationInput('410505', { ...filled, allTownships: true, townshipCodes: [] }).townshipCodes).toBe('ALL');
  });

  test('the server’s 400 lands under the fields it names', () => {
    const error = errorFromResponse(400, {
      error: {
        code: 'invalid_input',
        message: '提交的内容有误',
        details: [{ field: 'townshipCodes', message: '有乡镇（街道）不属于该县（区）' }],
      },
    });
    expect(problemsFromError(error, DELEGATION_FIELDS)).toEqual({
      fields: { townshipCodes: '有乡镇（街道）不属于该县（区）' },
      message: null,
    });
  });
});

describe('收回', () => {
  test('date after the delegation took effect, document number and reason', () => {
    expect(checkRecall({ effectiveUntil: '', documentNo: '', reason: '' }, delegation)).toEqual({
      effectiveUntil: '请填写收回日期',
      documentNo: '请填写收回文号',
      reason: '请写明收回原因',
    });
    expect(checkRecall({ effectiveUntil: '2021-07-01', documentNo: '安殷编〔2025〕2号', reason: '承接能力不足' }, delegation)).toEqual({
      effectiveUntil: '收回日期应晚于下放生效日期 2021-07-01',
    });
    const ok = { effectiveUntil: ' 2025-01-01 ', documentNo: ' 安殷编〔2025〕2号 ', reason: ' 承接能力不足 ' };
    expect(checkRecall(ok, delegation)).toEqual({});
    expect(recallInput(ok)).toEqual({ effectiveUntil: '2025-01-01', documentNo: '安殷编〔2025〕2号', reason: '承接能力不足' });
  });
});

describe('finding a matter and the routing preview', () => {
  test('by part of the name or code, names starting with it first; 市级 left out when delegating', () => {
    expect(searchMatters(matters, '无犯罪').map((m) => m.id)).toEqual(['1', '3']);
    expect(searchMatters(matters, '无犯罪', { delegable: true }).map((m) => m.id)).toEqual(['1']);
    expect(searchMatters(matters, '开具').map((m) => m.id)).toEqual(['3', '1']);
    expect(searchMatters(matters, '  ')).toEqual([]);
    expect(searchMatters(matters, '4105000', { limit: 2 })).toHaveLength(2);
  });

  test('matter, township and date are needed; a village is optional and wins when chosen', () => {
    expect(checkPreview({ matter: null, townshipCode: '', villageCode: '', at: 'soon' })).toEqual({
      matterId: '请选择事项',
      regionCode: '请选择乡镇（街道）',
      at: '日期格式应为 YYYY-MM-DD，例如 2025-07-01',
    });
    const values = { matter: matters[0], townshipCode: '410505101', villageCode: '', at: '2025-06-01' };
    expect(checkPreview(values)).toEqual({});
    expect(previewRegion(values)).toBe('410505101');
    expect(previewRegion({ ...values, villageCode: '410505101201' })).toBe('410505101201');
  });
});
