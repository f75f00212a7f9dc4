// The apply wizard without a renderer (src-miniapp/view-models/applyWizard.ts and applicationForm.ts): the material
// checklist of a situation, what blocks each step, the body sent with its Idempotency-Key, the draft saved and
// restored, and the form checked by the server's own schema builder.
jest.mock('@tarojs/taro', () => {
  throw new Error('this module must not depend on @tarojs/taro');
});

import { buildFormSchema } from '../../src-shared/applications/form';
import { IDEMPOTENCY_KEY } from '../../src-server/applications/submit-application';
import { idCheckChar } from '../../src-shared/identity/personal-numbers';
import { EMPTY_STATION, validateStation } from '../../src-miniapp/view-models/forms';
import {
  SHARED_NOTE,
  addFiles,
  answerRows,
  applicantOptions,
  attached,
  checklist,
  checklistProgress,
  draftContent,
  emptyWizard,
  filingScope,
  formAnswers,
  materialProblems,
  newIdempotencyKey,
  nextStep,
  previousStep,
  removeFile,
  restoreWizard,
  situationProblem,
  submitBody,
  toggleChoice,
  type WizardState,
} from '../../src-miniapp/view-models/applyWizard';
import { fieldsErrors, formErrors, formSummary, visibleErrors } from '../../src-miniapp/view-models/applicationForm';
import type { FormFieldSpec, Guide, GuideMaterial, Upload } from '../../src-miniapp/services/types';

const material = (id: string, name: string, necessity: GuideMaterial['necessity'], source = '申请人自备'): GuideMaterial => ({
  id, name, kind: '证件', form: '纸质/电子', necessity, source, originals: 1, copies: 1, acceptance: '清晰完整', blankForm: false, sampleForm: false,
});

const fields: FormFieldSpec[] = [
  { key: 'name', label: '申请人姓名', type: 'text', required: true },
  { key: 'idNumber', label: '身份证号', type: 'idNumber', required: true },
  { key: 'kind', label: '申请类别', type: 'select', required: true, options: [{ value: 'new', label: '新办' }, { value: 'renew', label: '换领' }] },
  { key: 'needs', label: '需要的帮助', type: 'multiselect', required: false, options: [{ value: 'a', label: '上门' }, { value: 'b', label: '邮寄' }] },
  { key: 'count', label: '家庭人口', type: 'number', required: true, min: 1, max: 20 },
  { key: 'date', label: '发生日期', type: 'date', required: false },
];

const guide = {
  id: '0b8f3f5e-5d2b-4a55-9a44-6d1b2c7e0001',
  version: 3,
  materials: [material('common:id', '居民身份证', 'required'), material('common:hukou', '户口簿', 'required', '政府部门核发')],
  situations: [
    { id: 'self', name: '本人申请', description: '', materials: [material('self:photo', '近期免冠照片', 'required'), material('self:cert', '诊断证明', 'deferrable')] },
    { id: 'agent', name: '委托他人', description: '', materials: [material('agent:letter', '委托书', 'required'), material('agent:extra', '其他材料', 'optional')] },
  ],
  formSchema: { fields },
} as unknown as Guide;

const upload = (id: string): Upload => ({ id, mime: 'image/jpeg', size: 10, sha256: 'x', fileName: `${id}.jpg`, width: 10, height: 10, hasPreview: true, createdAt: '2026-12-07T02:00:00Z' });
const ID = (() => {
  const first17 = '41052619850312101';
  return first17 + idCheckChar(first17);
})();
const U1 = '11111111-1111-4111-8111-111111111111';
const U2 = '22222222-2222-4222-8222-222222222222';
const U3 = '33333333-3333-4333-8333-333333333333';

describe('the checklist of a situation', () => {
  test('common and situation materials; government-issued ones are fetched by data sharing; required first', () => {
    const list = checklist(guide, 'self');
    expect(list.upload.map((m) => [m.id, m.necessityLabel])).toEqual([
      ['common:id', '必须'],
      ['self:photo', '必须'],
      ['self:cert', '容缺后补'],
    ]);
    expect(list.shared.map((m) => m.name)).toEqual(['户口簿']);
    expect(SHARED_NOTE).toBe('通过数据共享获取，无需提交');
    expect(checklist(guide, 'agent').upload.map((m) => m.id)).toEqual(['common:id', 'agent:letter', 'agent:extra']);
    expect(checklist(guide, null).upload.map((m) => m.id)).toEqual(['common:id']);
  });

  test('only required materials block the step; 容缺后补 and optional ones may wait', () => {
    let state: WizardState = { ...emptyWizard(guide), situationId: 'self' };
    const list = checklist(guide, 'self');
    expect(materialProblems(list, state.materials)).toEqual({ 'common:id': '请上传：居民身份证', 'self:photo': '请上传：近期免冠照片' });
    expect(checklistProgress(list, state.materials)).toBe('已上传 0 项，还差 2 项必须材料');
    state = addFiles(state, 'common:id', [attached(upload(U1))]);
    state = addFiles(state, 'self:photo', [attached(upload(U2)), attached(upload(U2))]);
    expect(state.materials['self:photo']).toHaveLength(1);
    expect(materialProblems(list, state.materials)).toEqual({});
    expect(checklistProgress(list, state.materials)).toBe('已上传 2 项，必须材料已齐');
    state = removeFile(state, 'self:photo', U2);
    expect(materialProblems(list, state.materials)).toEqual({ 'self:photo': '请上传：近期免冠照片' });
  });

  test('a matter with situations asks for one; the applicant may be a bound family member', () => {
    expect(situationProblem(guide, { situationId: null })).toBe('请选择您的办理情形');
    expect(situationProblem(guide, { situationId: 'gone' })).toBe('请选择您的办理情形');
    expect(situationProblem(guide, { situationId: 'agent' })).toBeNull();
    expect(situationProblem({ situations: [] }, { situationId: null })).toBeNull();
    // Only a binding in effect may be filed for; one waiting for the person's consent is not offered.
    expect(applicantOptions([
      { id: 'f1', name: '李四', relation: '配偶', status: 'active' } as never,
      { id: 'f2', name: '李五', relation: '父母', status: 'pending' } as never,
    ])).toEqual([
      { value: '', label: '本人' },
      { value: 'f1', label: '李四（配偶）' },
    ]);
    expect(nextStep('situation')).toBe('materials');
    expect(previousStep('situation')).toBeNull();
    expect(nextStep('check')).toBeNull();
  });
});

describe('the form, checked by the server’s schema builder', () => {
  test('errors at each field in the schema’s words; blanks of optional fields are fine', () => {
    const wrongCheck = ID.slice(0, 17) + (ID[17] === '5' ? '6' : '5');
    const errors = formErrors(fields, { name: '', idNumber: wrongCheck, kind: '', count: '0', date: '' });
    expect(errors.name).toBe('请填写申请人姓名');
    expect(errors.idNumber).toMatch(/^身份证号：/);
    expect(errors.kind).toBe('请选择申请类别');
    expect(errors.count).toBe('家庭人口不能小于 1');
    expect(errors.date).toBeUndefined();
    expect(errors.needs).toBeUndefined();
    expect(formErrors(fields, { name: '张秀兰', idNumber: ID, kind: 'new', count: '3' })).toEqual({});
    expect(formSummary(fields, errors).map((i) => i.field)).toEqual(['name', 'idNumber', 'kind', 'count']);
  });

  test('a field shows its message once touched, all of them after 下一步', () => {
    const all = { name: '请填写申请人姓名', kind: '请选择申请类别' };
    expect(visibleErrors(all, new Set(['kind']), false)).toEqual({ kind: '请选择申请类别' });
    expect(visibleErrors(all, new Set(), true)).toEqual(all);
    expect(fieldsErrors(fields, { name: '' }, ['kind'])).toEqual({ kind: '请选择申请类别' });
  });

  test('what is sent: only the matter’s fields, trimmed, blanks left out — and the server accepts it', () => {
    let values = toggleChoice({ name: ' 张秀兰 ', idNumber: ID, kind: 'new', count: '3', date: '', other: 'x' }, 'needs', 'b');
    values = toggleChoice(toggleChoice(values, 'needs', 'a'), 'needs', 'a');
    const answers = formAnswers(fields, values);
    expect(answers).toEqual({ name: '张秀兰', idNumber: ID, kind: 'new', count: '3', needs: ['b'] });
    expect(buildFormSchema(fields).safeParse(answers).success).toBe(true);
  });
});

describe('submit and drafts', () => {
  const filled: WizardState = {
    step: 'check',
    situationId: 'self',
    form: { name: '张秀兰', idNumber: ID, kind: 'renew', count: '2' },
    materials: { 'common:id': [attached(upload(U1))], 'self:photo': [attached(upload(U2))], 'agent:letter': [attached(upload(U3))] },
    familyMemberId: null,
    station: null,
  };

  test('the body names the version read and only the materials of the situation', () => {
    expect(submitBody(guide, filled)).toEqual({
      matterId: guide.id,
      version: 3,
      situationId: 'self',
      form: { name: '张秀兰', idNumber: ID, kind: 'renew', count: '2' },
      materials: [
        { materialId: 'common:id', uploadIds: [U1] },
        { materialId: 'self:photo', uploadIds: [U2] },
      ],
    });
    const family = submitBody(guide, { ...filled, familyMemberId: U3 });
    expect(family.onBehalf).toEqual({ kind: 'family', familyMemberId: U3 });
  });

  test('代办 at a station: the person present, their consent and the station’s place; checked field by field', () => {
    const present = { name: ' 李桂英 ', idNumber: ID.toLowerCase(), phone: '139 0013 9000', consentMethod: 'fingerprint', consentNote: '按手印的同意书留存本站' };
    const body = submitBody(guide, { ...filled, station: present }, '410526100001');
    expect(body.regionCode).toBe('410526100001');
    expect(body.onBehalf).toEqual({
      kind: 'station',
      applicant: { name: '李桂英', idNumber: ID.toUpperCase(), phone: '13900139000' },
      consent: { method: 'fingerprint', note: '按手印的同意书留存本站' },
    });
    expect(submitBody(guide, { ...filled, station: { ...present, phone: '' } }).onBehalf).toMatchObject({ applicant: { name: '李桂英', idNumber: ID.toUpperCase() } });
    expect((submitBody(guide, { ...filled, station: { ...present, phone: '' } }).onBehalf as { applicant: object }).applicant).not.toHaveProperty('phone');
    const rows = answerRows(guide, { ...filled, station: present }, '');
    expect(rows.slice(0, 2).map((r) => [r.label, r.value])).toEqual([
      ['申请人', `李桂英（${ID.slice(0, 4)}**********${ID.slice(-4)}）`],
      ['本人同意', '本人按手印：按手印的同意书留存本站'],
    ]);

    expect(validateStation({ ...EMPTY_STATION })).toEqual({
      name: '请输入姓名',
      idNumber: '请输入身份证号',
      consentMethod: '请选择本人同意的方式',
      consentNote: '请写明同意的情况（至少 4 个字），如签字表留存位置、见证人',
    });
    expect(validateStation({ ...present, phone: '12345', consentMethod: 'email' })).toEqual({ phone: expect.stringContaining('11 位'), consentMethod: '请选择本人同意的方式' });
    expect(validateStation(present)).toEqual({});
  });

  test('only a window clerk of a village station or a township centre files 代办', () => {
    const scope = (kind: 'village' | 'township' | 'county' | 'county_department', regionCode: string) => ({ kind, regionCode, regionName: '', departmentCode: null });
    expect(filingScope({ role: 'clerk', scope: [scope('village', '410526100001')] })?.regionCode).toBe('410526100001');
    expect(filingScope({ role: 'clerk', scope: [scope('county_department', '410526'), scope('township', '410526100')] })?.regionCode).toBe('410526100');
    expect(filingScope({ role: 'township_lead', scope: [scope('township', '410526100')] })).toBeNull();
    expect(filingScope({ role: 'clerk', scope: [scope('county', '410526')] })).toBeNull();
  });

  test('check your answers: applicant, situation, each material and field with its step', () => {
    const rows = answerRows(guide, filled, '张秀兰（本人）');
    expect(rows.map((r) => [r.label, r.value, r.step])).toEqual([
      ['申请人', '张秀兰（本人）', 'situation'],
      ['办理情形', '本人申请', 'situation'],
      ['居民身份证', '已上传 1 个文件', 'materials'],
      ['近期免冠照片', '已上传 1 个文件', 'materials'],
      ['诊断证明', '容缺，受理后补交', 'materials'],
      ['申请人姓名', '张秀兰', 'form'],
      ['身份证号', ID, 'form'],
      ['申请类别', '换领', 'form'],
      ['需要的帮助', '未填写', 'form'],
      ['家庭人口', '2', 'form'],
      ['发生日期', '未填写', 'form'],
    ]);
  });

  test('a draft saved and restored gives the same wizard; what the guide no longer has is dropped', () => {
    const content = draftContent(guide, { ...filled, familyMemberId: U3 });
    expect(content).toMatchObject({ step: 'check', version: 3, situationId: 'self', regionCode: null, onBehalf: { kind: 'family', familyMemberId: U3 } });
    const draft = { ...content, onBehalf: content.onBehalf ?? null, matterId: guide.id, updatedAt: '2026-12-07T02:00:00Z' };
    const restored = restoreWizard(guide, draft, [upload(U1)]);
    expect(restored.step).toBe('check');
    expect(restored.familyMemberId).toBe(U3);
    expect(restored.materials['common:id']).toEqual([attached(upload(U1))]);
    expect(restored.materials['self:photo']).toEqual([{ id: U2, name: null, mime: null, hasPreview: false }]);
    expect(restored.form).toEqual({ name: '张秀兰', idNumber: ID, kind: 'renew', count: '2' });

    const older = { ...draft, situationId: 'gone', form: { ...draft.form, removed: 'x' } };
    const fallback = restoreWizard(guide, older);
    expect(fallback.situationId).toBeNull();
    expect(Object.keys(fallback.materials)).toEqual(['common:id']);
    expect(fallback.form).not.toHaveProperty('removed');
  });

  test('an Idempotency-Key per attempt, within the server’s pattern, different each time', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).toMatch(IDEMPOTENCY_KEY);
    expect(a).not.toBe(b);
    expect(newIdempotencyKey(() => 0, () => 0)).toBe('apply-0-0000000000000000');
  });
});
