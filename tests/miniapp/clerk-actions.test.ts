// The clerk workbench without a renderer (src-miniapp/view-models/clerkActions.ts): queue figures, filters, the
// buttons the state machine allows, and each action's form — which must agree with the server's ActionBody.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { ActionBody, FinishResultSchema, QueueCasesQuery } from '../../src-shared/contracts/applications';
import { clerkActions } from '../../src-shared/applications/state-machine';
import {
  DELIVERIES,
  QUEUE_FILTERS,
  actionBody,
  actionButtons,
  correctionChoices,
  emptyActionForm,
  queueFigures,
  toggleItem,
  validateAction,
  type ActionForm,
} from '../../src-miniapp/view-models/clerkActions';
import type { ClerkAction } from '../../src-miniapp/services/types';

const counts = { submitted: 3, correction: 1, accepted: 2, special: 1, unclaimed: 2, acceptWarning: 1, acceptAlarm: 0, yellow: 0, red: 1 };

test('a queue card: its figures, the flags only when there are any', () => {
  expect(queueFigures({ counts }).map((f) => [f.label, f.value])).toEqual([
    ['待受理', 3], ['待补正', 1], ['办理中', 3], ['未认领', 2], ['即将超期（受理）', 1], ['已超期', 1],
  ]);
});

test('every filter is a query the server accepts', () => {
  for (const f of QUEUE_FILTERS) expect(QueueCasesQuery.safeParse(f.filter).success).toBe(true);
});

test('buttons: claim first, the state machine’s order, refusals marked', () => {
  expect(actionButtons(['claim']).map((b) => b.label)).toEqual(['认领']);
  expect(actionButtons(['accept', 'request_correction', 'reject', 'transfer', 'release']).map((b) => [b.action, b.danger])).toEqual([
    ['accept', false], ['request_correction', false], ['transfer', false], ['reject', true], ['release', false],
  ]);
  expect(actionButtons(['withdraw', 'supplement'])).toEqual([]);
});

test('the deliveries are the server’s', () => {
  expect([...DELIVERIES]).toEqual(FinishResultSchema.shape.delivery.options);
});

const app = {
  materials: [{ materialId: 'self:photo', name: '近期免冠照片', necessity: 'required' as const, files: [] }],
  formFields: [{ key: 'name', label: '申请人姓名', type: 'text' }],
};

test('a correction names materials and form fields, each with what is wrong (一次性告知)', () => {
  const choices = correctionChoices(app);
  expect(choices.map((c) => c.label)).toEqual(['近期免冠照片', '申请表：申请人姓名']);
  let form = emptyActionForm;
  expect(validateAction('request_correction', form)).toEqual({ items: '请至少列出一项需要补正的内容（一次性告知）' });
  form = toggleItem(toggleItem(form, 'material:self:photo'), 'field:name');
  expect(validateAction('request_correction', form)).toEqual({ 'item:material:self:photo': '请填写补正要求', 'item:field:name': '请填写补正要求' });
  form = { ...form, items: { 'material:self:photo': '照片模糊，请重新拍摄', 'field:name': '与身份证不一致' } };
  expect(validateAction('request_correction', form)).toEqual({});
  expect(actionBody('request_correction', form, 4)).toEqual({
    action: 'request_correction', revision: 4, note: undefined,
    items: [
      { kind: 'material', materialId: 'self:photo', note: '照片模糊，请重新拍摄' },
      { kind: 'field', field: 'name', note: '与身份证不一致' },
    ],
  });
  expect(toggleItem(form, 'field:name').items).toEqual({ 'material:self:photo': '照片模糊，请重新拍摄' });
});

test('what each action requires', () => {
  expect(validateAction('finish', emptyActionForm)).toEqual({ certificateNo: '请填写证照（结果）编号', delivery: '请选择送达方式' });
  expect(validateAction('deny', { ...emptyActionForm, reason: '不符', legalBasis: '' })).toEqual({ reason: '不予许可的理由至少 4 个字', legalBasis: '请填写法律依据' });
  expect(validateAction('reject', emptyActionForm)).toEqual({ reason: '请填写不予受理的理由', legalBasis: '请填写法律依据' });
  expect(validateAction('transfer', emptyActionForm)).toEqual({ targetQueueId: '请选择转办到的窗口', reason: '请填写转办原因' });
  expect(validateAction('special_start', { ...emptyActionForm, expectedDays: '121' })).toEqual({ procedure: '请选择特别程序', expectedDays: '预计所需工作日不能超过 120 天' });
  expect(validateAction('special_start', { ...emptyActionForm, procedure: 'inspection', expectedDays: '1.5' })).toEqual({ expectedDays: '预计所需工作日应为整数' });
  expect(validateAction('accept', emptyActionForm)).toEqual({});
  expect(validateAction('release', { ...emptyActionForm, note: '长'.repeat(301) })).toEqual({ note: '说明最多 300 个字' });
});

/** Forms filled well and badly for every action: the form accepts exactly what the server accepts. */
test('the forms agree with the server’s ActionBody', () => {
  const good: Record<ClerkAction, Partial<ActionForm>> = {
    accept: { note: '材料齐全' },
    request_correction: { items: { 'material:self:photo': '照片模糊' } },
    finish: { certificateNo: 'HX2026-0001', delivery: '窗口领取' },
    deny: { reason: '不符合申请条件', legalBasis: '《行政许可法》第三十八条' },
    reject: { reason: '不属于本机关职权', legalBasis: '《行政许可法》第三十二条' },
    transfer: { targetQueueId: 'county_department:410526:mz', reason: '应由民政局办理' },
    release: {},
    special_start: { procedure: 'hearing', expectedDays: '10' },
    special_end: {},
  };
  const bad: Partial<Record<ClerkAction, Partial<ActionForm>>> = {
    request_correction: { items: {} },
    finish: { certificateNo: 'HX', delivery: '' },
    deny: { reason: '不符', legalBasis: '《行政许可法》第三十八条' },
    reject: { reason: '不属于本机关职权', legalBasis: '' },
    transfer: { targetQueueId: '', reason: '应由民政局办理' },
    special_start: { procedure: 'hearing', expectedDays: '0' },
  };
  for (const action of clerkActions) {
    const form = { ...emptyActionForm, ...good[action] };
    expect(validateAction(action, form)).toEqual({});
    expect(ActionBody.safeParse(actionBody(action, form, 1)).success).toBe(true);
    const wrong = bad[action];
    if (!wrong) continue;
    const badForm = { ...emptyActionForm, ...wrong };
    expect(Object.keys(validateAction(action, badForm)).length).toBeGreaterThan(0);
    if (action !== 'finish') expect(ActionBody.safeParse(actionBody(action, badForm, 1)).success).toBe(false);
  }
});
