// The heart of the product in a phone-sized Chromium on the H5 build against the real server (demo mode, fresh
// embedded database): a resident of a 滑县 township applies for a matter that 滑县 delegated, with two photos; the
// case reaches the township centre's queue with its routing reason; the clerk (clerk-<township>) claims it and asks
// for one photo again; the resident sees exactly that item and answers it; the clerk accepts and finishes with a
// certificate number; the resident sees every step. The same matter for a 北关区 resident reaches the county
// department's queue, where the dept-410503-<department> account works it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { idCheckChar } from '@shared/identity/personal-numbers';
import { newPhonePage } from './support/browser';
import { snapshot, useBrowserSession, useSecondPhone } from './support/session';
import { pdf } from '../support/files';
import { bearer, pickOption, staffLogin, textOf, waitUntilPageInPlace, waitUntilScrollStill } from './support/taro-h5';

const { currentPage, serverUrl, expectProblems, unexpectedProblems, failedLoad } = useBrowserSession();

const HUAXIAN = '410526';
const BEIGUAN = '410503';

// ---- files: real small PNG photos ------------------------------------------------------------------------

/** A 64×48 PNG: a coloured page with darker stripes, as a photo of a document might look from afar. */
function png([r, g, b]: [number, number, number]): Promise<Buffer> {
  const width = 64;
  const height = 48;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const stripe = y % 8 < 2 && x > 8 && x < 56 ? 0.5 : 1;
      pixels.set([Math.round(r * stripe), Math.round(g * stripe), Math.round(b * stripe)], (y * width + x) * 3);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

const photoDir = mkdtempSync(path.join(os.tmpdir(), 'zsb-e2e-photos-'));
const photos = {
  id: path.join(photoDir, 'id-card.png'),
  second: path.join(photoDir, 'second.png'),
  retaken: path.join(photoDir, 'retaken.png'),
  /** A scanned certificate as a PDF. */
  scan: path.join(photoDir, '证明.pdf'),
};
beforeAll(async () => {
  writeFileSync(photos.id, await png([230, 240, 250]));
  writeFileSync(photos.second, await png([250, 235, 215]));
  writeFileSync(photos.retaken, await png([220, 250, 220]));
  writeFileSync(photos.scan, pdf());
});

// ---- the matter, the townships, people -------------------------------------------------------------------

interface Field {
  key: string;
  label: string;
  type: string;
  required: boolean;
  options?: { value: string; label: string }[];
  min?: number;
  maxLength?: number;
}
interface GuideMaterial {
  id: string;
  name: string;
  necessity: 'required' | 'optional' | 'deferrable';
  source: string;
}
interface Guide {
  id: string;
  name: string;
  department: { code: string; name: string };
  situations: { id: string; name: string; materials: GuideMaterial[] }[];
  materials: GuideMaterial[];
  formSchema: { fields: Field[] };
}
interface Township {
  code: string;
  name: string;
}


async function firstTownship(page: Page, county: string): Promise<Township> {
  const list = (await (await page.request.get(`/api/regions?parent=${county}`)).json()) as Township[];
  return [...list].sort((a, b) => a.code.localeCompare(b.code))[0];
}

/** The materials the resident uploads for the first situation, required first (as the wizard lists them). */
function ownMaterials(guide: Guide): GuideMaterial[] {
  const all = [...guide.materials, ...(guide.situations[0]?.materials ?? [])].filter((m) => m.source !== '政府部门核发');
  const order = { required: 0, deferrable: 1, optional: 2 };
  return all.sort((a, b) => order[a.necessity] - order[b.necessity]);
}

/**
 * A handheld county-level matter that 滑县 delegated to its first township and 北关区 kept at the county, whose
 * first situation asks the resident for two files (at most two of them required).
 */
async function delegatedMatter(page: Page, hua: Township, bei: Township): Promise<Guide> {
  for (let p = 1; p <= 5; p++) {
    const list = (await (await page.request.get(`/api/matters?level=4&online=true&page=${p}&pageSize=100`)).json()) as { items: { id: string; name: string }[] };
    for (const item of [...list.items].sort((a, b) => a.name.localeCompare(b.name))) {
      const preview = async (region: string) =>
        (await (await page.request.get(`/api/routing/preview?matterId=${item.id}&regionCode=${region}`)).json()) as { queue: { kind: string } };
      if ((await preview(hua.code)).queue.kind !== 'township') continue;
      if ((await preview(bei.code)).queue.kind !== 'county_department') continue;
      const guide = (await (await page.request.get(`/api/matters/${item.id}`)).json()) as Guide;
      const own = ownMaterials(guide);
      if (guide.situations.length > 3 || own.length < 2 || own.filter((m) => m.necessity === 'required').length > 2) continue;
      if (own[0].necessity !== 'required') continue;
      return guide;
    }
    if (list.items.length < 100) break;
  }
  throw new Error('no handheld matter delegated in 滑县 and kept in 北关区');
}

let serial = 500;
function idNumber(county: string): string {
  const first17 = `${county}19850312${serial++}`;
  return first17 + idCheckChar(first17);
}

/** Demo login from 我的, then a real-name profile in `township` (the profile form is the identity test's subject). */
async function residentOf(page: Page, township: Township, name: string): Promise<string> {
  await page.goto('/pages/me/index');
  await page.locator('.me-page .login-button').tap();
  await page.locator('.me-page .identity-prompt').waitFor();
  const id = idNumber(township.code.slice(0, 6));
  const saved = await page.request.put('/api/me/profile', {
    headers: await bearer(page),
    data: { name, idNumber: id, phone: '13800138000', regionCode: township.code },
  });
  expect(saved.status()).toBe(200);
  return id;
}

const byId = (prefix: string, id: string) => `[id="${prefix}${id}"]`;

/**
 * Chooses `file` through the photo picker behind `trigger` (Taro's H5 chooseImage opens a file input), once the
 * page has stopped scrolling (a tap during the wizard's scroll to its error summary misses the button).
 */
async function choosePhoto(page: Page, trigger: ReturnType<Page['locator']>, file: string): Promise<void> {
  await waitUntilScrollStill(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), trigger.tap()]);
  await chooser.setFiles(file);
}

/** Fills one required field of the form by its type, as a resident would. */
async function fillField(page: Page, field: Field, person: { idNumber: string }, county: { code: string; name: string }, township: Township) {
  const box = page.locator(`.apply-page .field-${field.key}`);
  switch (field.type) {
    case 'select':
    case 'multiselect':
      await box.locator('.chip').first().tap();
      break;
    case 'date':
      await box.locator('.date-input').tap();
      await page.locator('.weui-picker:visible').waitFor();
      await page.locator('.weui-picker:visible .weui-picker__action', { hasText: '确定' }).click();
      await page.locator('.weui-picker:visible').waitFor({ state: 'hidden' });
      break;
    case 'region':
      await pickOption(page, box.locator('.region-picker-county'), county.name);
      await box.locator('.region-picker-township .picker-placeholder').waitFor();
      await pickOption(page, box.locator('.region-picker-township'), township.name);
      break;
    default: {
      const value =
        field.type === 'idNumber' ? person.idNumber
        : field.type === 'phone' ? '13900139000'
        : field.type === 'number' ? String(field.min ?? 1)
        : '安阳市滑县道口镇解放路 12 号'.slice(0, field.maxLength ?? 100);
      await box.locator('input, textarea').first().fill(value);
    }
  }
}

/**
 * The wizard from the guide's 立即办理 to the receipt: the first situation, a photo for each of the first two
 * materials (and any other required one), the required fields, check your answers, submit. Answers the case id.
 */
/** 代办: the person present at a village station, as the station clerk types them in. */
interface PresentPerson {
  name: string;
  idNumber: string;
  consentNote: string;
}

async function apply(page: Page, guide: Guide, person: { idNumber: string }, county: { code: string; name: string }, township: Township, present?: PresentPerson): Promise<{ caseId: string; receiptNo: string; key: string }> {
  // A resident's wizard looks for their draft first; 代办 keeps none.
  if (!present) expectProblems(failedLoad(404, `/api/applications/drafts/${guide.id}`));
  await page.goto(`/pages/matter/index?id=${guide.id}`);
  await page.locator('.matter-page .apply-button').tap();
  await page.waitForURL((url) => url.pathname === '/cases/apply');
  const wizard = page.locator('.apply-page .apply-wizard');
  await wizard.waitFor();
  await waitUntilPageInPlace(page, 'apply-page');
  expect(await textOf(page, '.apply-page .apply-matter-name')).toBe(guide.name);

  // 1. 办理情形 (and, for 代办, the person present): 下一步 with nothing chosen names each problem.
  if (present) {
    await page.locator('.apply-page .wizard-next').tap();
    const problems = await page.locator('.apply-page .error-summary-item').allInnerTexts();
    expect(problems.slice(0, 4)).toEqual(['请输入姓名', '请输入身份证号', '请选择本人同意的方式', '请写明同意的情况（至少 4 个字），如签字表留存位置、见证人']);
    await waitUntilScrollStill(page);
    const form = page.locator('.apply-page .station-applicant');
    await form.locator('.input-name input').fill(present.name);
    await form.locator('.input-idNumber input').fill(present.idNumber);
    await form.locator('.consent-options .chip', { hasText: '本人签字' }).tap();
    await form.locator('.input-consentNote textarea').fill(present.consentNote);
    await page.waitForFunction(() => document.querySelectorAll('.apply-page .station-applicant .field-error').length === 0);
  } else if (guide.situations.length > 1) {
    await page.locator('.apply-page .wizard-next').tap();
    expect(await page.locator('.apply-page .error-summary-item').allInnerTexts()).toEqual(['请选择您的办理情形']);
    await waitUntilScrollStill(page);
  }
  if (guide.situations.length > 0) await page.locator('.apply-page .situation-option', { hasText: guide.situations[0].name }).first().tap();
  await page.locator('.apply-page .wizard-next').tap();

  // 2. 上传材料: required ones block 下一步 until a photo is there.
  await page.locator('.apply-page .materials-step').waitFor();
  const own = ownMaterials(guide);
  await page.locator('.apply-page .wizard-next').tap();
  expect(await page.locator('.apply-page .error-summary-item').first().innerText()).toBe(`请上传：${own[0].name}`);
  const wanted = own.filter((m, i) => i < 2 || m.necessity === 'required');
  for (const [i, m] of wanted.entries()) {
    const item = page.locator(`.apply-page ${byId('material-', m.id)}`);
    // The station scans the second document to PDF; residents photograph theirs.
    if (present && i === 1) {
      await choosePhoto(page, item.locator('.upload-pdf'), photos.scan);
      await item.locator('.file-thumb-pdf .file-thumb-kind', { hasText: 'PDF' }).waitFor();
      continue;
    }
    await choosePhoto(page, item.locator('.upload-album'), i === 0 ? photos.id : photos.second);
    await item.locator('.file-thumb .file-thumb-image').waitFor();
  }
  await snapshot(page, 'materials');
  await page.locator('.apply-page .wizard-next').tap();

  // 3. 申请表: the schema's words at each required field, then filled.
  await page.locator('.apply-page .form-step').waitFor();
  const required = guide.formSchema.fields.filter((f) => f.required);
  if (required.length > 0) {
    await page.locator('.apply-page .wizard-next').tap();
    expect(await page.locator('.apply-page .error-summary-item').count()).toBe(required.length);
    // The wizard scrolls to its summary: taps wait until the page stands still.
    await waitUntilScrollStill(page);
  }
  for (const f of required) await fillField(page, f, person, county, township);
  await page.waitForFunction(() => document.querySelectorAll('.apply-page .form-step .field-error').length === 0);
  await page.locator('.apply-page .wizard-next').tap();

  // 4. 核对信息 and submit.
  await page.locator('.apply-page .check-step').waitFor();
  for (const m of wanted) {
    expect(await textOf(page, `.apply-page .answer-material-${m.id} .answer-value`)).toBe('已上传 1 个文件');
  }
  await snapshot(page, 'check');
  const submitted = page.waitForRequest((r) => r.url().endsWith('/api/applications') && r.method() === 'POST');
  await page.locator('.apply-page .submit-application').tap();
  const key = (await submitted).headers()['idempotency-key'];
  await page.waitForURL((url) => url.pathname === '/cases/receipt');
  await page.locator('.receipt-page .receipt-number').waitFor();
  const receiptNo = await textOf(page, '.receipt-page .receipt-number');
  const caseId = new URL(page.url()).searchParams.get('id')!;
  return { caseId, receiptNo, key };
}

async function openWorkCase(page: Page, queueId: string, caseId: string): Promise<void> {
  await page.locator('.staff-home .workbench-link').tap();
  const card = page.locator(`.workbench-page .queue-card[data-queue="${queueId}"]`);
  await card.waitFor();
  expect(await textOf(page, `.workbench-page .queue-card[data-queue="${queueId}"] .figure-submitted .queue-figure-value`)).toBe('1');
  await card.locator('.queue-head').tap();
  const row = page.locator(`.queue-page .work-row[data-id="${caseId}"]`);
  await row.waitFor();
  await row.tap();
  await page.locator('.work-case-page .work-route-reason').waitFor();
}

/** An action through its form; resolves when the case shows `status`. */
async function act(page: Page, action: string, status: string, fill?: () => Promise<void>): Promise<void> {
  await page.locator(`.work-case-page .action-${action}`).tap();
  await page.locator(`.work-case-page .action-form-${action}`).waitFor();
  if (fill) await fill();
  await page.locator(`.work-case-page .action-submit-${action}`).tap();
  await page.locator('.work-case-page .work-status', { hasText: status }).waitFor();
}

// ---- the tests -------------------------------------------------------------------------------------------

const clerkPhone = useSecondPhone('clerk', serverUrl);
let hua: Township;
let bei: Township;
let guide: Guide;

beforeAll(async () => {
  const probe = await newPhonePage(clerkPhone.browser(), serverUrl());
  hua = await firstTownship(probe.page, HUAXIAN);
  bei = await firstTownship(probe.page, BEIGUAN);
  guide = await delegatedMatter(probe.page, hua, bei);
  await probe.close();
});

afterAll(() => {
  rmSync(photoDir, { recursive: true, force: true });
});

describe('H5 applications', () => {
  test('a 滑县 resident applies with two photos; the township clerk asks for one again, accepts and finishes; the resident sees every step', async () => {
    const page = currentPage();
    const person = { idNumber: await residentOf(page, hua, '张秀兰') };
    const { caseId, receiptNo, key } = await apply(page, guide, person, { code: HUAXIAN, name: '滑县' }, hua);

    // The receipt: 办件编号, 受理 deadline, the township centre and why.
    expect(key).toMatch(/^apply-[0-9a-z]+-[0-9a-z]{16}$/);
    expect(receiptNo).toMatch(new RegExp(`^${HUAXIAN}-\\d{8}-\\d{6}$`));
    expect(await textOf(page, '.receipt-page .receipt-queue')).toContain(hua.name);
    const reason = await textOf(page, '.receipt-page .receipt-route-reason');
    expect(reason).toContain('下放');
    expect(await textOf(page, '.receipt-page .receipt-accept-due')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日前/);
    await snapshot(page, 'receipt');
    // The draft is gone once submitted.
    const draft = await page.request.get(`/api/applications/drafts/${guide.id}`, { headers: await bearer(page) });
    expect(draft.status()).toBe(404);

    // The township clerk: the queue shows it, the case shows the routing reason; claim, then ask for the first photo again.
    const c = await clerkPhone.open();
    await staffLogin(c, `clerk-${hua.code}`);
    await openWorkCase(c, `township:${hua.code}`, caseId);
    expect(await textOf(c, '.work-case-page .work-route-reason')).toBe(reason);
    expect(await textOf(c, '.work-case-page .work-queue')).toContain(hua.name);
    expect(await c.locator('.work-case-page .case-material').count()).toBeGreaterThanOrEqual(2);
    expect(await c.locator('.work-case-page .action-accept').count()).toBe(0);
    await c.locator('.work-case-page .action-claim').tap();
    await c.locator('.work-case-page .action-accept').waitFor();
    expect(await textOf(c, '.work-case-page .work-applicant-id')).toBe(person.idNumber);
    const first = ownMaterials(guide)[0];
    await act(c, 'request_correction', '待补正', async () => {
      await c.locator('.work-case-page .action-submit-request_correction').tap();
      expect(await c.locator('.work-case-page .error-summary-item').allInnerTexts()).toEqual(['请至少列出一项需要补正的内容（一次性告知）']);
      await waitUntilScrollStill(c);
      await c.locator('.work-case-page .correction-pick', { hasText: first.name }).first().tap();
      await c.locator('.work-case-page .correction-item-input input').fill('照片模糊，请重新拍摄');
    });
    await snapshot(c, 'correction-asked');

    // The resident: exactly that item, answered with a new photo.
    await page.locator('.receipt-page .receipt-my-cases').tap();
    await page.waitForURL((url) => url.pathname === '/pages/cases/index');
    const row = page.locator('.my-cases-page .case-row', { hasText: guide.name });
    await row.waitFor();
    expect(await textOf(page, '.my-cases-page .case-row-status')).toBe('待补正');
    await row.tap();
    await page.waitForURL((url) => url.pathname === '/cases/detail');
    const items = page.locator('.case-page .correction-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(1);
    expect(await textOf(page, '.case-page .correction-label')).toBe(first.name);
    expect(await textOf(page, '.case-page .correction-item-note')).toBe('照片模糊，请重新拍摄');
    expect(await textOf(page, '.case-page .case-promise-note')).toContain('补正期间暂停计时');
    await page.locator('.case-page .supplement-button').tap();
    expect(await page.locator('.case-page .correction-card .error-summary-item').allInnerTexts()).toEqual([`请重新上传：${first.name}`]);
    await choosePhoto(page, items.locator('.upload-album'), photos.retaken);
    await items.locator('.file-thumb .file-thumb-image').waitFor();
    await snapshot(page, 'correction');
    await page.locator('.case-page .supplement-button').tap();
    await page.locator('.case-page .case-status', { hasText: '待受理' }).waitFor();
    expect(await page.locator('.case-page .correction-item').count()).toBe(0);

    // The clerk: the new photo is there beside the old one; accept, then finish with a certificate number.
    await c.reload();
    await c.locator('.work-case-page .work-status', { hasText: '待受理' }).waitFor();
    expect(await c.locator(`.work-case-page .case-material[data-material="${first.id}"] .file-thumb-earlier`).count()).toBe(1);
    if (await c.locator('.work-case-page .action-claim').count()) {
      await c.locator('.work-case-page .action-claim').tap();
    }
    await act(c, 'accept', '办理中');
    expect(await textOf(c, '.work-case-page .work-acceptance-no')).toMatch(new RegExp(`^${HUAXIAN}-SL-\\d{4}-\\d{6}$`));
    await act(c, 'finish', '已办结', async () => {
      await c.locator('.work-case-page .action-submit-finish').tap();
      expect(await c.locator('.work-case-page .field-error').allInnerTexts()).toEqual(['请填写证照（结果）编号', '请选择送达方式']);
      await c.locator('.work-case-page .input-certificateNo input').fill('HX2026-0001');
      await c.locator('.work-case-page .delivery-options .chip', { hasText: '窗口领取' }).tap();
    });
    await snapshot(c, 'finished');

    // The resident sees every step.
    await page.reload();
    await page.locator('.case-page .case-status', { hasText: '已办结' }).waitFor();
    expect(await page.locator('.case-page .step-bar .step-done').count()).toBe(4);
    expect(await textOf(page, '.case-page .outcome-certificate')).toBe('HX2026-0001');
    expect(await textOf(page, '.case-page .outcome-delivery')).toBe('窗口领取');
    expect(await textOf(page, '.case-page .case-receipt-no')).toBe(`办件编号 ${receiptNo}`);
    const steps = (await page.locator('.case-page .timeline-title').allInnerTexts()).map((t) => t.trim());
    expect(steps).toEqual(['办结', '受理', '补齐材料', '补正告知', '认领', '提交申请']);
    expect(await page.locator('.case-page .timeline-internal').count()).toBe(0);
    expect(await page.locator('.case-page .withdraw-open').count()).toBe(0);
    await snapshot(page, 'finished');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('the same matter for a 北关区 resident goes to the county department, whose dept- account works it', async () => {
    const page = currentPage();
    const person = { idNumber: await residentOf(page, bei, '王建国') };
    const { caseId } = await apply(page, guide, person, { code: BEIGUAN, name: '北关区' }, bei);
    const queueId = `county_department:${BEIGUAN}:${guide.department.code}`;
    expect(await textOf(page, '.receipt-page .receipt-queue')).toContain('北关区');
    expect(await textOf(page, '.receipt-page .receipt-route-reason')).not.toContain(bei.name);

    const c = await clerkPhone.open();
    await staffLogin(c, `dept-${BEIGUAN}-${guide.department.code}`);
    await c.locator('.staff-home .workbench-link').tap();
    const card = c.locator(`.workbench-page .queue-card[data-queue="${queueId}"]`);
    await card.waitFor();
    await card.locator('.claim-next').tap();
    await c.waitForURL((url) => url.pathname === '/workbench/case' && url.searchParams.get('id') === caseId);
    await c.locator('.work-case-page .action-accept').waitFor();
    expect(await textOf(c, '.work-case-page .work-queue')).toContain('北关区');
    await act(c, 'accept', '办理中');

    await page.goto(`/cases/detail?id=${caseId}`);
    await page.locator('.case-page .case-status', { hasText: '办理中' }).waitFor();
    expect(await page.locator('.case-page .step-bar .step-done').count()).toBe(1);
    expect(await textOf(page, '.case-page .case-queue')).toContain('北关区');
    expect(unexpectedProblems()).toEqual([]);
  });

  test('a village station clerk files 代办 for a person present, with their recorded consent; the case says who filed it', async () => {
    const page = currentPage();
    const [village] = (await (await page.request.get(`/api/regions?parent=${hua.code}`)).json()) as Township[];
    const present = { name: '李桂英', idNumber: idNumber(HUAXIAN), consentNote: '代办同意书已签字，留存本站' };
    await staffLogin(page, `station-${village.code}`);
    const { caseId, receiptNo } = await apply(page, guide, present, { code: HUAXIAN, name: '滑县' }, hua, present);
    expect(receiptNo).toMatch(new RegExp(`^${HUAXIAN}-\\d{8}-\\d{6}$`));

    await page.goto(`/cases/detail?id=${caseId}`);
    await page.locator('.case-page .case-applicant').waitFor();
    expect(await textOf(page, '.case-page .case-applicant')).toContain(`李桂英（${village.name}便民服务站代办）`);
    const stored = (await (await page.request.get(`/api/applications/${caseId}`, { headers: await bearer(page) })).json()) as { filedAs: string; applicant: { idNumber: string } };
    expect(stored.filedAs).toBe('station');
    expect(stored.applicant.idNumber).not.toBe(present.idNumber);
    expect(unexpectedProblems()).toEqual([]);
  });
});
