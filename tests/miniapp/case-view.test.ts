// Wording of a case for the resident's tracking and the clerk's workbench (src-miniapp/view-models/caseView.ts).
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { chinaDateTime, dayText, dueText, flagView, latestFiles, promiseView, stepBar, summaryLine, timelineRows, correctionKey } from '../../src-miniapp/view-models/caseView';
import type { Application } from '../../src-miniapp/services/types';

const clock = (over: Partial<Application['clock']> = {}): Application['clock'] => ({
  acceptDue: '2026-12-14', finishDue: null, deemedAccepted: false, paused: false, overdue: false, flag: 'none',
  elapsedWorkingDays: 0, totalWorkingDays: 5, estimated: false, ...over,
});
const base = { instant: false, endedAt: null, statusLabel: '待受理' };

test('times read in Anyang; days in Chinese', () => {
  expect(chinaDateTime('2026-12-07T02:05:00Z')).toBe('2026-12-07 10:05');
  expect(chinaDateTime('2026-12-31T16:30:00.000Z')).toBe('2027-01-01 00:30');
  expect(dayText('2026-12-14')).toBe('2026年12月14日');
});

test('the step bar: 提交 → 受理 → 办理 → 办结, ended cases done, a refusal named in the last step', () => {
  expect(stepBar('submitted', '待受理').map((s) => s.state)).toEqual(['current', 'todo', 'todo', 'todo']);
  expect(stepBar('correction', '待补正').map((s) => s.state)).toEqual(['current', 'todo', 'todo', 'todo']);
  expect(stepBar('accepted', '办理中').map((s) => s.state)).toEqual(['done', 'current', 'todo', 'todo']);
  expect(stepBar('special', '特别程序中').map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo']);
  expect(stepBar('finished', '已办结')).toEqual([
    { label: '提交', state: 'done' }, { label: '受理', state: 'done' }, { label: '办理', state: 'done' }, { label: '办结', state: 'done' },
  ]);
  expect(stepBar('rejected', '不予受理').map((s) => s.label)).toEqual(['提交', '受理', '办理', '不予受理']);
});

test('the promised date: 受理 deadline before 受理, finish date after, estimated and paused said so', () => {
  expect(promiseView({ ...base, status: 'submitted', clock: clock() })).toEqual({ label: '受理期限', value: '2026年12月14日前', notes: [] });
  const paused = promiseView({ ...base, status: 'correction', clock: clock({ paused: true, estimated: true }) });
  expect(paused.notes[0]).toContain('暂按工作日估算');
  expect(paused.notes[1]).toContain('补正期间暂停计时');
  expect(promiseView({ ...base, status: 'submitted', clock: clock({ deemedAccepted: true }) }).notes[0]).toContain('依法视为自收到申请之日起受理');
  expect(promiseView({ ...base, status: 'accepted', clock: clock({ finishDue: '2027-01-08' }) })).toMatchObject({ label: '承诺办结', value: '2027年1月8日前' });
  expect(promiseView({ ...base, instant: true, status: 'accepted', clock: clock() }).value).toBe('即办件，当日办结');
  expect(promiseView({ ...base, status: 'finished', statusLabel: '已办结', endedAt: '2026-12-08T03:00:00Z', clock: clock() })).toEqual({ label: '已办结', value: '2026-12-08 11:00', notes: [] });
});

test('flags, list lines and due dates', () => {
  expect(flagView('none')).toBeNull();
  expect(flagView('red')).toEqual({ text: '已超期', tone: 'danger' });
  expect(flagView('yellow')).toEqual({ text: '即将超期', tone: 'warn' });
  expect(flagView('warning')?.text).toBe('即将超期（受理）');
  expect(flagView('alarm')).toEqual({ text: '受理超期', tone: 'danger' });
  expect(summaryLine({ receiptNo: '410526-20261207-000001', submittedAt: '2026-12-07T02:00:00Z' })).toBe('410526-20261207-000001 · 2026-12-07 10:00 提交');
  expect(dueText({ status: 'submitted', dueDate: '2026-12-14', estimated: false })).toBe('2026年12月14日前受理');
  expect(dueText({ status: 'accepted', dueDate: '2027-01-08', estimated: true })).toBe('2027年1月8日前办结（暂按工作日估算）');
  expect(dueText({ status: 'finished', dueDate: '2027-01-08', estimated: false })).toBe('');
});

test('the timeline newest first, with the staff’s internal notes when given', () => {
  const rows = timelineRows([
    { at: '2026-12-07T02:00:00Z', action: 'submit', actionLabel: '提交申请', from: null, to: 'submitted', note: '已提交', actor: '申请人', internalNote: '分派依据：滑编〔2021〕15号' },
    { at: '2026-12-07T03:00:00Z', action: 'claim', actionLabel: '认领', from: 'submitted', to: 'submitted', note: null, actor: '道口镇窗口' },
  ]);
  expect(rows.map((r) => [r.title, r.at, r.note, r.internalNote])).toEqual([
    ['认领', '2026-12-07 11:00', '', ''],
    ['提交申请', '2026-12-07 10:00', '已提交', '分派依据：滑编〔2021〕15号'],
  ]);
});

test('a material’s latest round apart from the files before a correction; correction keys', () => {
  const f = (id: string, round: number) => ({ id, round, mime: 'image/jpeg' as const, size: 1, sha256: '', fileName: null, width: null, height: null, hasPreview: true, createdAt: '' });
  const { current, earlier } = latestFiles({ materialId: 'm', name: '照片', necessity: 'required', files: [f('a', 0), f('b', 0), f('c', 1)] });
  expect(current.map((x) => x.id)).toEqual(['c']);
  expect(earlier.map((x) => x.id)).toEqual(['a', 'b']);
  expect(correctionKey({ kind: 'material', materialId: 'self:photo', note: 'x' })).toBe('material:self:photo');
  expect(correctionKey({ kind: 'field', field: 'name', note: 'x' })).toBe('field:name');
});
