// Staff alarms of the acceptance clock (rules.md, "Clocks"): a case not accepted by working day 3 shows
// 「即将超期（受理）」 and by day 5 「受理超期」 in the workbench's queue list and case list, and the queue's counts show
// them; accepted, it leaves both. The clock is injected.
import { manualClock } from '../../src-server/platform/clock';
import { startTestApp, type TestApp } from '../support/app';
import { applicationBody, delegatedMatter, firstTownship, HUAXIAN, residentWithProfile } from '../support/cases';
import { bearer, staffToken } from '../support/people';
import { flagView } from '../../src-miniapp/view-models/caseView';
import { queueFigures } from '../../src-miniapp/view-models/clerkActions';

const clock = manualClock('2026-12-07T02:00:00Z'); // Monday: day 3 is Thursday 12-10, day 5 Monday 12-14
let t: TestApp;
let township: string;

beforeAll(async () => {
  t = await startTestApp({ seedRegions: true, seedCatalog: true, clock });
  township = await firstTownship(t, HUAXIAN);
});
afterAll(() => t.close());

const clerk = () => staffToken(t, { username: 'alarm-clerk', displayName: '道口镇窗口', role: 'clerk', scopes: [{ kind: 'township', regionCode: township, departmentCode: null }] });

it('warns on day 3 and alarms on day 5 in the queue counts, the case list and the case', async () => {
  const matter = await delegatedMatter(t);
  const resident = await residentWithProfile(t, 'alarm-resident', township);
  const body = await applicationBody(t, matter, resident);
  const c = (await t.request.post('/api/applications').set(bearer(resident.token)).set('Idempotency-Key', 'alarm-case-1-xxxx').send(body).expect(201)).body;
  const queueId = `township:${township}`;

  const look = async () => {
    const token = await clerk();
    const queues = (await t.request.get('/api/queues').set(bearer(token)).expect(200)).body as { id: string; counts: Record<string, number> }[];
    const queue = queues.find((q) => q.id === queueId)!;
    const items = (await t.request.get(`/api/queues/${queueId}/applications`).set(bearer(token)).expect(200)).body.items as { id: string; flag: string }[];
    const warned = (await t.request.get(`/api/queues/${queueId}/applications?flag=warning`).set(bearer(token)).expect(200)).body.items as { id: string }[];
    const alarmed = (await t.request.get(`/api/queues/${queueId}/applications?flag=alarm`).set(bearer(token)).expect(200)).body.items as { id: string }[];
    const detail = (await t.request.get(`/api/applications/${c.id}`).set(bearer(token)).expect(200)).body;
    return { counts: queue.counts, flag: items.find((i) => i.id === c.id)!.flag, warned: warned.map((i) => i.id), alarmed: alarmed.map((i) => i.id), detail: detail.clock.flag, figures: queueFigures(queue as never).map((f) => f.label) };
  };

  clock.set('2026-12-09T02:00:00Z'); // working day 2
  let seen = await look();
  expect(seen).toMatchObject({ flag: 'none', detail: 'none', warned: [], alarmed: [] });
  expect(seen.counts).toMatchObject({ acceptWarning: 0, acceptAlarm: 0, yellow: 0, red: 0 });

  clock.set('2026-12-10T02:00:00Z'); // working day 3: the warning
  seen = await look();
  expect(seen).toMatchObject({ flag: 'warning', detail: 'warning', warned: [c.id], alarmed: [] });
  expect(seen.counts).toMatchObject({ acceptWarning: 1, acceptAlarm: 0, yellow: 0, red: 0 });
  expect(flagView('warning')?.text).toBe('即将超期（受理）');
  expect(seen.figures).toContain('即将超期（受理）');

  clock.set('2026-12-11T02:00:00Z'); // day 4: still the warning
  expect((await look()).flag).toBe('warning');

  clock.set('2026-12-14T02:00:00Z'); // working day 5 (after a weekend): the alarm
  seen = await look();
  expect(seen).toMatchObject({ flag: 'alarm', detail: 'alarm', warned: [], alarmed: [c.id] });
  expect(seen.counts).toMatchObject({ acceptWarning: 0, acceptAlarm: 1, yellow: 0, red: 0 });
  expect(flagView('alarm')?.text).toBe('受理超期');
  expect(seen.figures).toContain('受理超期');

  clock.set('2026-12-16T02:00:00Z'); // past the deadline: still the acceptance alarm until someone accepts
  expect((await look()).counts).toMatchObject({ acceptAlarm: 1, red: 0 });

  // Accepted, the acceptance alarm is gone; the finish clock runs from receipt (deemed accepted, art. 32).
  const token = await clerk();
  await t.request.post(`/api/applications/${c.id}/claim`).set(bearer(token)).expect(200);
  await t.request.post(`/api/applications/${c.id}/actions`).set(bearer(token)).send({ action: 'accept' }).expect(200);
  seen = await look();
  expect(seen.counts).toMatchObject({ acceptWarning: 0, acceptAlarm: 0 });
  expect(['none', 'yellow', 'red']).toContain(seen.flag);
});

it('refuses an unknown flag filter with a Chinese message', async () => {
  const token = await clerk();
  const res = await t.request.get(`/api/queues/township:${township}/applications?flag=purple`).set(bearer(token)).expect(400);
  expect(res.body.error.details[0].message).toMatch(/[\u4e00-\u9fa5]/);
});
