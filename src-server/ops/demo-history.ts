// Demo mode: a few months of cases across the counties, so that every page — the workbench, a case, the
// figures — shows real data on a fresh machine. Nothing is written by hand: demo residents sign in, fill in
// their profile, upload and submit; the demo clerks of the queue that routing chose claim, accept, ask for
// corrections, finish, deny; residents supplement, withdraw and rate; leads call back and reply — each through
// the use case a person would call, with a clock set to the simulated moment. Seeded once per database.
import { randomUUID } from 'node:crypto';
import type { MatterSource } from '../../src-shared/contracts/catalog-source';
import { idCheckChar } from '../../src-shared/identity/personal-numbers';
import type { WorkCalendar } from '../../src-shared/calendar/working-days';
import { formSchemaOf, materialsFor } from '../applications/matter-requirements';
import { submitApplication } from '../applications/submit-application';
import { supplementApplication } from '../applications/supplement-application';
import { withdrawApplication } from '../applications/withdraw-application';
import { loadWorkCalendar } from '../applications/work-calendar';
import { currentVersion } from '../catalog/current-version';
import type { Caller, StaffActor } from '../identity/actor';
import { ensureDemoAccounts } from '../identity/demo-accounts';
import { loginResident } from '../identity/login-resident';
import { updateProfile } from '../identity/update-profile';
import { manualClock } from '../platform/clock';
import type { UseCaseContext } from '../platform/use-case';
import { acceptCase } from '../queues/accept-case';
import { claimCase } from '../queues/claim-case';
import { endSpecialProcedure } from '../queues/end-special-procedure';
import { finishCase } from '../queues/finish-case';
import { refuseCase } from '../queues/refuse-case';
import { requestCorrection } from '../queues/request-correction';
import { startSpecialProcedure } from '../queues/start-special-procedure';
import { rateCase } from '../ratings/rate-case';
import { recordCallBack } from '../ratings/record-call-back';
import { replyFollowUp } from '../ratings/reply-follow-up';
import type { Services } from '../services';
import { createUpload } from '../uploads/create-upload';
import { at, generator, planCase, shiftDays, type Generator, type PlannedStep } from './demo-history-plan';

export interface DemoHistoryOptions {
  cases: number;
  /** How far back the first submission may be. */
  days: number;
  seed: number;
}
export const defaultDemoHistory: DemoHistoryOptions = { cases: 160, days: 120, seed: 20261207 };

type Deps = Pick<Services, 'context' | 'system' | 'clock' | 'config'>;
interface Person { ctx: (moment: Date) => UseCaseContext; regionCode: string; idNumber: string; countyCode: string; inStationVillage: boolean }
interface Matter { id: string; content: MatterSource; level: number }
interface Case { person: Person; matter: Matter; steps: PlannedStep[]; id?: string; followUpId?: string | null; failed?: string }

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '郭', '马', '孙', '胡', '朱', '高'];
const givenNames = ['秀兰', '建国', '桂英', '志强', '丽娜', '海涛', '春梅', '国庆', '玉珍', '晓东', '淑芬', '卫东', '红霞', '俊杰', '雪梅', '永刚'];
/** 滑县 has the most cases (it delegates the most), the urban districts fewer. */
const countyWeights: Record<string, number> = { '410526': 5, '410581': 2, '410522': 2, '410523': 2, '410527': 2, '410505': 2, '410502': 1, '410503': 1, '410506': 1, '410571': 1 };
const pdf = (label: string) => Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

/**
 * Runs the history once per database (demo mode, unless DEMO_HISTORY=0). The seed_state row is taken before the
 * work, not after it as seed-once does: another instance starting at the same moment, or a restart after a stop
 * half-way, must not add a second history (a stopped one is kept as far as it got).
 */
export async function seedDemoHistoryOnce(deps: Deps, options: DemoHistoryOptions = defaultDemoHistory) {
  const ctx = deps.system('demo-history');
  const taken = await ctx.db.seedState.createMany({ data: [{ name: 'demo-history', contentHash: 'started', seededAt: ctx.clock.now() }], skipDuplicates: true });
  if (taken.count === 0) return 'unchanged' as const;
  const result = await seedDemoHistory(deps, options);
  await ctx.db.seedState.update({ where: { name: 'demo-history' }, data: { contentHash: 'done', seededAt: ctx.clock.now() } });
  return result;
}

export async function seedDemoHistory(deps: Deps, options: DemoHistoryOptions = defaultDemoHistory) {
  const system = deps.system('demo-history');
  await ensureDemoAccounts(system, { password: deps.config.demoPassword });
  const g = generator(options.seed);
  const calendar = await loadWorkCalendar(system);
  const now = deps.clock.now();
  const today = deps.clock.today();
  const context = (caller: Caller) => (moment: Date): UseCaseContext => ({ ...deps.context(caller), clock: manualClock(moment) });

  const matters = await demoMatters(system);
  const people = await demoResidents(deps, g, shiftDays(today, -options.days - 1), context);
  const byCounty = new Map<string, Person[]>();
  for (const p of people) byCounty.set(p.countyCode, [...(byCounty.get(p.countyCode) ?? []), p]);

  const cases: Case[] = [];
  for (let i = 0; i < options.cases; i++) {
    const county = g.weighted(Object.fromEntries([...byCounty.keys()].map((c) => [c, countyWeights[c] ?? 1])));
    const person = g.pick(byCounty.get(county)!);
    // Village-level matters for residents of a village with a station; the others for everyone.
    const matter = g.pick(matters.filter((m) => m.level !== 6 || person.inStationVillage));
    const submitDay = shiftDays(today, -g.int(0, options.days));
    const submitAt = at(submitDay, g.int(8, 21), g.int(0, 59));
    if (submitAt >= now) continue;
    const ageDays = Math.round((now.getTime() - submitAt.getTime()) / 86_400_000);
    const steps = planCase(g, calendar, { submitAt, promiseDays: matter.content.promiseLimit.value, ageDays }).filter((s) => s.at < now);
    cases.push({ person, matter, steps });
  }

  const staff = staffFinder(system);
  const events = cases.flatMap((c) => c.steps.map((step) => ({ c, step }))).sort((a, b) => a.step.at.getTime() - b.step.at.getTime());
  for (const { c, step } of events) {
    if (c.failed || (step.kind !== 'submit' && !c.id)) continue;
    try {
      await takeStep(c, step, { staff, context, calendar, g });
    } catch (err) {
      c.failed = `${step.kind}: ${err instanceof Error ? err.message : String(err)}`;
      system.log.warn({ step: step.kind, err: c.failed }, 'demo history: a step was refused; the case stays as it is');
    }
  }
  const made = cases.filter((c) => c.id);
  return { residents: people.length, cases: made.length, refusedSteps: cases.filter((c) => c.failed).length };
}

interface StepDeps { staff: ReturnType<typeof staffFinder>; context: (caller: Caller) => (moment: Date) => UseCaseContext; calendar: WorkCalendar; g: Generator }

async function takeStep(c: Case, step: PlannedStep, { staff, context, g }: StepDeps) {
  const resident = c.person.ctx(step.at);
  const m = c.matter.content;
  const situationId = m.situations[0]?.key ?? null;
  const own = materialsFor(m, situationId).filter((x) => !x.shared);
  const upload = async (label: string) => (await createUpload(resident, { fileName: `${label}.pdf`, bytes: pdf(label) })).id;
  if (step.kind === 'submit') {
    const materials = [];
    for (const x of own.filter((x) => x.necessity === 'required')) materials.push({ materialId: x.id, uploadIds: [await upload(x.name)] });
    const body = { matterId: c.matter.id, ...(situationId ? { situationId } : {}), form: answers(m, c.person, step.at), materials };
    c.id = (await submitApplication(resident, { key: `demo-history-${randomUUID()}`, body })).id;
    return;
  }
  const id = c.id!;
  if (step.kind === 'supplement') {
    const row = await resident.db.application.findUniqueOrThrow({ where: { id }, select: { correction: true } });
    const items = (row.correction as { items?: { kind: string; materialId?: string; field?: string }[] } | null)?.items ?? [];
    const materials = [];
    for (const x of items.filter((i) => i.kind === 'material')) materials.push({ materialId: x.materialId!, uploadIds: [await upload('补正材料')] });
    const fields = m.form.filter((f) => items.some((i) => i.kind === 'field' && i.field === f.key));
    const form = Object.fromEntries(fields.map((f) => [f.key, answer(f, c.person, step.at)]));
    await supplementApplication(resident, { id, materials, ...(fields.length ? { form } : {}) });
    return;
  }
  if (step.kind === 'withdraw') return void (await withdrawApplication(resident, { id, reason: g.pick(['材料不齐，准备好后再来申请', '已到窗口现场办理', '情况有变，暂不需要办理']) }));
  if (step.kind === 'rate') {
    const s = step.stars!;
    const item = () => Math.max(1, Math.min(5, s + g.int(-1, 1)));
    const comment = s <= 2 ? g.pick(['等了很久没人处理，打电话也没人接', '要求的材料前后说法不一样，跑了两趟', '线上提交后又让到窗口补材料']) : s >= 4 ? g.pick(['办得很快，工作人员态度好', '不用跑腿，手机上就办完了', '']) : '';
    const rated = await rateCase(resident, { applicationId: id, stars: s, efficiency: item(), guideAccuracy: item(), convenience: item(), usability: item(), comment });
    c.followUpId = rated.followUpId;
    return;
  }
  const row = await resident.db.application.findUniqueOrThrow({ where: { id }, select: { queue: { select: { kind: true, regionCode: true, departmentCode: true } } } });
  const clerkActor = await staff(row.queue);
  if (!clerkActor) throw new Error('这个窗口没有演示账号');
  if (step.kind === 'call_back' || step.kind === 'reply') {
    if (!c.followUpId) return;
    const lead = (row.queue.kind === 'township' && (await staff({ ...row.queue, lead: true }))) || clerkActor;
    const ctx = context(lead)(step.at);
    if (step.kind === 'call_back') await recordCallBack(ctx, { followUpId: c.followUpId, note: '已电话联系申请人，了解情况并致歉，约定整改后答复' });
    else await replyFollowUp(ctx, { followUpId: c.followUpId, reply: '已对窗口人员进行提醒，并将材料要求在办事指南中写明，今后一次性告知' });
    return;
  }
  const clerk = context(clerkActor)(step.at);
  await claimCase(clerk, { id });
  switch (step.kind) {
    case 'accept':
      return void (await acceptCase(clerk, { id }));
    case 'correct': {
      const first = own.find((x) => x.necessity === 'required') ?? own[0];
      const items = first ? [{ kind: 'material' as const, materialId: first.id, note: '照片不清晰，请重新拍摄上传' }] : [{ kind: 'field' as const, field: (m.form.find((f) => f.required) ?? m.form[0]).key, note: '填写内容与证件不一致，请核对' }];
      return void (await requestCorrection(clerk, { id, items }));
    }
    case 'reject':
      return void (await refuseCase(clerk, { id, action: 'reject', reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条' }));
    case 'deny':
      return void (await refuseCase(clerk, { id, action: 'deny', reason: '经审查，申请人不符合法定条件', legalBasis: '《中华人民共和国行政许可法》第三十八条' }));
    case 'special_start':
      return void (await startSpecialProcedure(clerk, { id, procedure: 'inspection', expectedDays: 5, note: '需到现场核实情况' }));
    case 'special_end':
      return void (await endSpecialProcedure(clerk, { id, note: '现场核查完毕' }));
    case 'finish':
      return void (await finishCase(clerk, {
        id,
        result: { delivery: m.result.delivery[0], ...(m.result.type === '证照' ? { certificateNo: `AY${step.at.getUTCFullYear()}${g.int(100000, 999999)}` } : {}) },
      }));
  }
}

/** Handheld county, township and village matters whose form the demo residents can answer. */
async function demoMatters(ctx: UseCaseContext): Promise<Matter[]> {
  const version = await currentVersion(ctx);
  const rows = await ctx.db.publishedMatter.findMany({ where: { version, status: 'in_use', handheld: true, level: { in: [4, 5, 6] } }, orderBy: { key: 'asc' } });
  const probe = { idNumber: `410526${'19800101'}001`, regionCode: '410526001' };
  return rows
    .map((r) => ({ id: r.matterId, content: r.content as unknown as MatterSource, level: r.level }))
    .filter((m) => m.content.situations.length <= 4 && formSchemaOf(m.content).safeParse(answers(m.content, { ...probe, idNumber: probe.idNumber + idCheckChar(probe.idNumber) }, ctx.clock.now())).success);
}

/** Plausible answers to a matter's form for this resident. */
function answers(m: MatterSource, person: { idNumber: string; regionCode: string }, moment: Date): Record<string, unknown> {
  return Object.fromEntries(m.form.filter((f) => f.required).map((f) => [f.key, answer(f, person, moment)]));
}

function answer(f: MatterSource['form'][number], person: { idNumber: string; regionCode: string }, moment: Date): unknown {
  switch (f.type) {
    case 'select': return f.options![0].value;
    case 'multiselect': return [f.options![0].value];
    case 'number': return f.min ?? 1;
    case 'date': return shiftDays(moment.toISOString().slice(0, 10), -30);
    case 'idNumber': return person.idNumber;
    case 'phone': return '13903720000';
    case 'region': return person.regionCode;
    case 'textarea': return '家庭情况属实，特此申请。';
    default: return f.maxLength && f.maxLength < 12 ? '见附件' : '安阳市人民大道 1 号';
  }
}

/** Residents in every county: half in the villages that have a station account, half in other townships. */
async function demoResidents(deps: Deps, g: Generator, day: string, context: (caller: Caller) => (moment: Date) => UseCaseContext): Promise<Person[]> {
  const system = deps.system('demo-history');
  const townships = await system.db.region.findMany({ where: { level: 'township' }, select: { code: true, parentCode: true }, orderBy: { code: 'asc' } });
  const counties = [...new Set(townships.map((t) => t.parentCode!))];
  const people: Person[] = [];
  let n = 0;
  for (const county of counties) {
    const own = townships.filter((t) => t.parentCode === county);
    const villages = await system.db.region.findMany({ where: { parentCode: own[0].code }, select: { code: true }, orderBy: { code: 'asc' }, take: 6 });
    const perCounty = 1 + (countyWeights[county] ?? 1);
    for (let i = 0; i < perCounty; i++, n++) {
      const inStationVillage = i % 2 === 0 && villages.length > 0;
      const regionCode = inStationVillage ? g.pick(villages).code : g.pick(own).code;
      const first17 = `${county}${1950 + g.int(0, 50)}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(1, 28)).padStart(2, '0')}${String(n).padStart(3, '0')}`;
      const idNumber = first17 + idCheckChar(first17);
      const moment = at(day, 9);
      const { user } = await loginResident({ ...system, clock: manualClock(moment) }, { openid: `demo-history-${n}`, via: 'dev' });
      const caller = { kind: 'resident' as const, residentId: user.id, tokenId: '' };
      await updateProfile(context(caller)(moment), { name: `${g.pick(surnames)}${g.pick(givenNames)}`, idNumber, phone: `139${String(37200000 + n).padStart(8, '0')}`, regionCode });
      people.push({ ctx: context(caller), regionCode, idNumber, countyCode: county, inStationVillage });
    }
  }
  return people;
}

/** The demo account that works a queue (its township lead for follow-ups), as the access check would build it. */
function staffFinder(ctx: UseCaseContext) {
  const found = new Map<string, StaffActor | null>();
  return async (q: { kind: string; regionCode: string; departmentCode: string | null; lead?: boolean }): Promise<StaffActor | null> => {
    const username = q.kind === 'township' ? `${q.lead ? 'lead' : 'clerk'}-${q.regionCode}` : q.kind === 'village' ? `station-${q.regionCode}` : q.kind === 'county_department' ? `dept-${q.regionCode}-${q.departmentCode}` : null;
    if (!username) return null;
    if (!found.has(username)) {
      const a = await ctx.db.staffAccount.findUnique({ where: { username }, include: { scopes: true } });
      found.set(username, a && { kind: 'staff', staffId: a.id, username: a.username, displayName: a.displayName, role: a.role, scopes: a.scopes.map((s) => ({ kind: s.kind, regionCode: s.regionCode, departmentCode: s.departmentCode })), tokenId: '' });
    }
    return found.get(username)!;
  };
}
