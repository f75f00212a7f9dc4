// Use case: a resident (or a station clerk for a resident present) submits an application. Exactly once: the
// Idempotency-Key is unique per caller in the database, so concurrent duplicates collapse on the constraint —
// the same key with the same body answers the same case, with another body a conflict. The case is routed at
// submission by the county's delegation list and stored whole (materials, timeline, routing) in one transaction.
import { createHash, randomUUID } from 'node:crypto';
import { Prisma } from '../generated/prisma/client';
import type { SubmitApplication } from '../../src-shared/contracts/applications';
import { maskFormAnswers } from '../../src-shared/applications/form';
import { maskIdNumber, maskPhone } from '../../src-shared/identity/personal-numbers';
import { currentVersion } from '../catalog/current-version';
import { publishedMatter } from '../catalog/published-matters';
import { auditRow } from '../platform/audit';
import { insertRowsSql, statementToken, type Substitution } from '../platform/db/insert-rows';
import { Errors, issuesToDetails, type ErrorDetail } from '../platform/errors';
import { sqlRows, type UseCaseContext } from '../platform/use-case';
import { uploadsById } from '../uploads/uploads-by-id';
import { describeRoute, routeFor } from '../routing/preview-route';
import { resolveApplicant, sealApplicant, type Applicant } from './applicant';
import { caseEventRow } from './case-events';
import { acceptanceDue, clockColumns } from './case-clock';
import { formSchemaOf, materialsFor } from './matter-requirements';
import { getApplication, presentApplication, type CaseRecord } from './get-application';
import { loadWorkCalendar } from './work-calendar';
import { dateColumn } from '../../src-shared/calendar/china-date';

/** Canonical JSON (sorted keys) so that the same body always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((k) => (value as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,100}$/;

export async function submitApplication(ctx: UseCaseContext, { key, body }: { key: string | undefined; body: SubmitApplication }) {
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw Errors.invalidInput([{ field: 'Idempotency-Key', message: '请求缺少有效的 Idempotency-Key（8–100 位字母、数字或 _.:-），请刷新页面后重新提交' }], '提交缺少防重复编号，请刷新后重试');
  }
  const requestHash = createHash('sha256').update(canonical(body)).digest('hex');
  const applicant = await resolveApplicant(ctx, body.onBehalf);
  const replay = async () => {
    const earlier = await ctx.db.application.findUnique({ where: { idempotencyScope_idempotencyKey: { idempotencyScope: applicant.idempotencyScope, idempotencyKey: key } }, select: { id: true, requestHash: true } });
    if (!earlier) return null;
    if (earlier.requestHash !== requestHash) throw Errors.conflict('idempotency_key_reused', '这个提交编号已用于另一份申请，请刷新页面后重新提交');
    return getApplication(ctx, { id: earlier.id });
  };
  try {
    return await fileNewCase(ctx, { applicant, key, requestHash, body });
  } catch (err) {
    // The key was used before — a retry, or a concurrent duplicate that won the insert on the unique constraint:
    // answer that case (or a conflict for another body), whatever the checks would say now. Looked up only on
    // failure, so a first submission costs no read for it.
    const earlier = await replay();
    if (earlier) return earlier;
    throw err;
  }
}

async function fileNewCase(ctx: UseCaseContext, { applicant, key, requestHash, body }: { applicant: Applicant; key: string; requestHash: string; body: SubmitApplication }) {
  // What the resident read: the version they name (it must be published) or the current one.
  const version = body.version ?? (await currentVersion(ctx));
  const matter = await publishedMatter(ctx, version, body.matterId);
  if (!matter || matter.status === 'cancelled') throw Errors.notFound('没有找到这个事项，它可能已被取消');
  if (matter.status === 'paused') throw Errors.ruleViolation('matter_paused', '该事项暂停办理，请稍后再试或咨询办理窗口');
  if (!matter.handheld && applicant.filedAs !== 'station') throw Errors.ruleViolation('not_handheld', '该事项暂不支持掌上办理，请到办理窗口或村（社区）便民服务站办理');

  const details: ErrorDetail[] = [];
  const m = matter.content;
  let situationId: string | null = body.situationId ?? null;
  if (m.situations.length > 0 && !situationId) details.push({ field: 'situationId', message: '请先选择您的办理情形' });
  if (situationId && !m.situations.some((s) => s.key === situationId)) {
    details.push({ field: 'situationId', message: '所选办理情形不属于这个事项，请重新选择' });
    situationId = null;
  }
  const form = formSchemaOf(m).safeParse(body.form);
  if (!form.success) details.push(...issuesToDetails(form.error.issues, 'form'));

  const wanted = materialsFor(m, situationId).filter((x) => !x.shared);
  const given = new Map<string, string[]>();
  body.materials.forEach((x, i) => {
    if (!wanted.some((w) => w.id === x.materialId)) details.push({ field: `materials.${i}.materialId`, message: '这项材料不在本事项的材料清单中' });
    else if (given.has(x.materialId)) details.push({ field: `materials.${i}.materialId`, message: '同一项材料请只提交一次' });
    else given.set(x.materialId, [...new Set(x.uploadIds)]);
  });
  for (const w of wanted) {
    if (w.necessity === 'required' && !given.has(w.id)) details.push({ field: `materials.${w.id}`, message: `请上传：${w.name}` });
  }
  const uploadIds = [...given.values()].flat();
  const uploads = uploadIds.length ? await uploadsById(ctx, uploadIds, applicant.uploader) : [];
  if (uploads.length !== uploadIds.length) details.push({ field: 'materials', message: '有文件找不到或不是您上传的，请重新上传' });

  const regionCode = body.regionCode ?? applicant.regionCode;
  if (!regionCode) details.push({ field: 'regionCode', message: '请选择办理地区（乡镇或村）' });
  else if (applicant.filedAs === 'station' && ctx.caller?.kind === 'staff' && !ctx.caller.scopes.some((s) => regionCode.startsWith(s.regionCode))) {
    details.push({ field: 'regionCode', message: '只能代办本站（中心）辖区内居民的申请' });
  }
  if (details.length > 0) throw Errors.invalidInput(details, '申请内容还不完整，请按提示修改后再提交');

  const today = ctx.clock.today();
  const { decision, matterName } = await routeFor(ctx, { matterId: matter.matterId, regionCode: regionCode!, at: today, version });
  const route = await describeRoute(ctx, decision, matterName);
  const calendar = await loadWorkCalendar(ctx);
  const submittedDate = dateColumn(today);
  const clockRow = { status: 'submitted' as const, submittedDate, acceptedAt: null, endedAt: null, promiseDays: m.promiseLimit.value, instant: m.kind === 1 };
  const answers = form.data!;
  const nameOf = new Map(wanted.map((w) => [w.id, w.name]));

  // The case, its materials, its first timeline row and the audit record in ONE statement (atomic, one round
  // trip): the 办件编号's sequence number is drawn inside it and put where the token stands.
  const id = randomUUID();
  const receiptNo = statementToken('receipt');
  const receipt: Substitution = { from: Prisma.sql`receipt`, values: { [receiptNo]: Prisma.sql`receipt.no` } };
  const now = ctx.clock.now();
  const application = {
    id, receiptNo, idempotencyScope: applicant.idempotencyScope, idempotencyKey: key, requestHash,
    matterId: matter.matterId, catalogVersion: version, matterName: matter.name, departmentCode: matter.departmentCode, situationId,
    ownerResidentId: applicant.ownerResidentId, filedAs: applicant.filedAs, filedByResidentId: applicant.filedByResidentId,
    filedByStaffId: applicant.filedByStaffId, familyMemberId: applicant.familyMemberId, consent: applicant.consent ?? undefined,
    ...sealApplicant(ctx, applicant),
    regionCode: regionCode!, countyCode: regionCode!.slice(0, 6),
    formEnc: ctx.pii.encrypt('application.form', JSON.stringify(answers)),
    formMasked: maskFormAnswers(m.form, answers, { id: maskIdNumber, phone: maskPhone }),
    status: 'submitted', queueId: route.queue.id, routeReasonCode: route.reasonCode, routeReason: route.reason,
    delegationId: route.delegationId, delegationDocument: 'documentNo' in decision.reason ? decision.reason.documentNo : null,
    submittedAt: now, submittedDate, acceptDue: dateColumn(acceptanceDue(calendar, today)),
    promiseDays: clockRow.promiseDays, instant: clockRow.instant,
    ...clockColumns(calendar, clockRow, [], today),
    createdAt: now, updatedAt: now,
  };
  const materials = [...given].flatMap(([materialId, ids]) =>
    ids.map((uploadId) => ({ id: randomUUID(), applicationId: id, materialId, materialName: nameOf.get(materialId)!, uploadId, round: 0, createdAt: now })));
  const filedBy = applicant.filedAs === 'station' ? undefined : applicant.filedAs === 'family' ? '申请人家属（亲情代办）' : '申请人';
  const event = caseEventRow(ctx, id, { action: 'submit', from: null, to: 'submitted', note: `已提交，办件编号 ${receiptNo}，将由${route.queue.name}办理`, internalNote: `分派依据：${route.reason}`, details: { queueId: route.queue.id, reasonCode: route.reasonCode } }, filedBy);
  const record = auditRow(ctx, { action: 'application.submit', subjectType: 'application', subjectId: id, details: { receiptNo, queueId: route.queue.id, filedAs: applicant.filedAs } });
  const [{ no }] = await sqlRows<{ no: string }>(ctx, Prisma.sql`
    WITH receipt AS (SELECT ${`${regionCode!.slice(0, 6)}-${today.replaceAll('-', '')}-`}::text || lpad(nextval('application_receipt_seq')::text, 6, '0') AS no),
    app AS (${insertRowsSql('application', [application], receipt)}),
    ${materials.length ? Prisma.sql`material AS (${insertRowsSql('application_material', materials)}),` : Prisma.empty}
    event AS (${insertRowsSql('application_event', [event], receipt)}),
    audit AS (${insertRowsSql('audit_event', [record], receipt)})
    SELECT no FROM receipt`, { prepared: true });
  // The answer is the case as written, not read back: everything is in hand, and the columns left to their
  // defaults are the ones a new case starts with (tests compare it with GET /api/applications/:id).
  const written: CaseRecord = {
    ...application, receiptNo: no, status: 'submitted', consent: application.consent ?? null,
    formMasked: application.formMasked as CaseRecord['formMasked'],
    claimedBy: null, claimedAt: null, revision: 0, acceptanceNo: null, acceptedAt: null, clockStartDate: null, deemedAccepted: false,
    correction: null, endedAt: null, outcome: null,
    materials,
    events: [{ ...event, id: BigInt(0), requestId: event.requestId ?? null, note: event.note!.replaceAll(receiptNo, no), details: event.details as CaseRecord['events'][number]['details'] }],
    pauses: [],
  };
  return presentApplication(ctx, written, { uploads, sealed: { idNumber: applicant.idNumber, phone: applicant.phone, form: answers } });
}
