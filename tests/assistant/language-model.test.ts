// The optional language model: the grounding check as a table, and the adapter against a fake
// OpenAI-compatible endpoint that answers honestly, lies, stalls and fails.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type GroundedFacts,
  type LanguageModel,
  cleanRewrite,
  completionsUrl,
  createLanguageModel,
  ungroundedParts,
} from '../../src-server/assistant/language-model';
import { createLogger } from '../../src-server/platform/logger';

const freeMatter: GroundedFacts = {
  matterName: '居民身份证换领',
  template:
    '居民身份证换领：需要准备居民户口簿、近期免冠照片；承诺时限 5 个工作日；不收费；' +
    '办理地点：文峰区政务服务中心一楼 3 号窗口，周一至周五 9:00-17:00，咨询电话 0372-5101234。',
  fields: [
    '居民户口簿',
    '近期免冠照片',
    '承诺时限：5个工作日',
    '收费标准：不收费',
    '办理地点：文峰区政务服务中心一楼3号窗口',
    '办理时间：周一至周五 9:00-17:00',
    '咨询电话：0372-5101234',
  ],
};

const paidMatter: GroundedFacts = {
  matterName: '不动产权证书补发',
  template: '不动产权证书补发：收费 10 元；法定时限二十个工作日；依据《不动产登记暂行条例》；2026年12月14日起可网上办理。',
  fields: ['不动产权证书遗失声明', '收费标准：每本 10 元', '法定时限：二十个工作日', '《不动产登记暂行条例》', '2026-12-14 起可网上办理', '两张一寸照片'],
};

const materialNames = ['居民户口簿', '近期免冠照片', '村委会证明', '结婚证', '不动产权证书遗失声明'];

describe('ungroundedParts', () => {
  const cases: { name: string; output: string; facts: GroundedFacts; bad: string[] }[] = [
    { name: 'a faithful rephrasing', output: '居民身份证换领带居民户口簿和近期免冠照片，5个工作日办好，不收费。', facts: freeMatter, bad: [] },
    { name: 'Arabic digits in the facts support Chinese numerals', output: '五个工作日内办结。', facts: freeMatter, bad: [] },
    { name: 'Chinese numerals in the facts support Arabic digits', output: '20个工作日内办结，需要2张1寸照片。', facts: paidMatter, bad: [] },
    { name: 'a different number of days', output: '三个工作日内办结。', facts: freeMatter, bad: ['三个工作日'] },
    { name: 'a number of days that is another number in the facts (3 号窗口)', output: '3天就能办好。', facts: freeMatter, bad: ['3天'] },
    { name: 'the same span in other words (工作日 as 日)', output: '二十日内办结。', facts: paidMatter, bad: [] },
    { name: 'an invented period in months', output: '有效期两个月。', facts: paidMatter, bad: ['两个月'] },
    { name: 'the year of a date in the facts', output: '2026年起可以网上办理。', facts: paidMatter, bad: [] },
    { name: 'an Arabic number not in the facts', output: '7个工作日内办结。', facts: freeMatter, bad: ['7个工作日'] },
    { name: 'full-width digits are read as digits', output: '５个工作日，３号窗口。', facts: freeMatter, bad: [] },
    { name: 'a full-width number not in the facts', output: '１５个工作日。', facts: freeMatter, bad: ['15个工作日'] },
    { name: 'numerals inside set phrases are no quantity', output: '一次性告知，十分方便。', facts: freeMatter, bad: [] },
    { name: 'a date with dashes, in the facts as 年月日', output: '2026-12-14 起可以网上办理。', facts: paidMatter, bad: [] },
    { name: 'a date as 年月日, in the facts with dashes', output: '2026年12月14日起可以网上办理。', facts: paidMatter, bad: [] },
    { name: 'a date as 月日', output: '12月14日起可以网上办理。', facts: paidMatter, bad: [] },
    { name: 'a date in Chinese numerals', output: '十二月十四日起可以网上办理。', facts: paidMatter, bad: [] },
    { name: 'an invented date (年月日)', output: '请在2026年12月15日前办理。', facts: paidMatter, bad: ['2026年12月15日'] },
    { name: 'an invented date (dashes)', output: '请在 2027-01-05 前办理。', facts: freeMatter, bad: ['2027-01-05'] },
    { name: 'an invented date (月日)', output: '请在3月1日前办理。', facts: freeMatter, bad: ['3月1日'] },
    { name: 'the day of a date is no working-day count', output: '14个工作日办结。', facts: paidMatter, bad: ['14个工作日'] },
    { name: '不收费 said again', output: '这个事项不收费，也无需缴费。', facts: freeMatter, bad: [] },
    { name: 'a charge on a free matter', output: '居民身份证换领收费 10 元。', facts: freeMatter, bad: ['10 元', '收费'] },
    { name: 'a charge without an amount on a free matter', output: '办理时需要缴费。', facts: freeMatter, bad: ['缴费'] },
    { name: 'a fee whose number is a day count in the facts', output: '收费5元。', facts: freeMatter, bad: ['5元', '收费'] },
    { name: 'the real fee', output: '不动产权证书补发收费 10 元。', facts: paidMatter, bad: [] },
    { name: 'the real fee in Chinese numerals', output: '每本收费十元。', facts: paidMatter, bad: [] },
    { name: 'a different fee', output: '收费 20 元。', facts: paidMatter, bad: ['20 元'] },
    { name: 'a fee in 角', output: '收费5角。', facts: paidMatter, bad: ['5角'] },
    { name: 'a known material name in the facts', output: '请带上居民户口簿。', facts: freeMatter, bad: [] },
    { name: 'a known material name not in the facts', output: '请带上居民户口簿和村委会证明。', facts: freeMatter, bad: ['村委会证明'] },
    { name: 'a title in the facts', output: '依据《不动产登记暂行条例》办理。', facts: paidMatter, bad: [] },
    { name: 'an invented title', output: '依据《居民身份证法》办理。', facts: freeMatter, bad: ['《居民身份证法》'] },
    { name: 'the phone number of the facts', output: '咨询电话 0372-5101234。', facts: freeMatter, bad: [] },
    { name: 'an invented phone number', output: '咨询电话 0372-5109999。', facts: freeMatter, bad: ['0372-5109999'] },
    { name: 'an invented mobile number', output: '可拨打 13800138000 咨询。', facts: freeMatter, bad: ['13800138000'] },
    { name: 'opening hours', output: '周一至周五 9:00-17:00 在3号窗口办理。', facts: freeMatter, bad: [] },
  ];

  it.each(cases)('$name', ({ output, facts, bad }) => {
    expect(ungroundedParts(output, facts, materialNames).sort()).toEqual([...bad].sort());
  });
});

describe('cleanRewrite and completionsUrl', () => {
  it.each([
    ['身份证换领', '身份证换领'],
    ['“身份证 换领”。', '身份证 换领'],
    ['检索词：新生儿落户', '新生儿落户'],
    ['ID card', null],
    ['身份证\n换领', null],
    ['您好，根据您的描述，您想要办理的应该是居民身份证到期换领业务，建议您携带户口簿前往派出所办理。', null],
    ['   ', null],
  ])('%j → %j', (output, expected) => {
    expect(cleanRewrite(output)).toBe(expected);
  });

  it('joins the path whether or not the base ends with a slash', () => {
    expect(completionsUrl('https://llm.example.cn/v1')).toBe('https://llm.example.cn/v1/chat/completions');
    expect(completionsUrl('https://llm.example.cn/v1/')).toBe('https://llm.example.cn/v1/chat/completions');
  });
});

type Behaviour = (request: { body: any; headers: http.IncomingHttpHeaders; url: string }, res: http.ServerResponse) => void;

const reply = (content: unknown): Behaviour => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ id: 'x', choices: [{ index: 0, message: { role: 'assistant', content } }] }));
};

describe('the adapter against a fake endpoint', () => {
  let server: http.Server;
  let baseUrl: string;
  let behaviour: Behaviour;
  const seen: { body: any; headers: http.IncomingHttpHeaders; url: string }[] = [];
  const logger = createLogger('silent');
  const timeoutMs = 300;
  let model: LanguageModel;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const request = { body: JSON.parse(raw), headers: req.headers, url: req.url ?? '' };
        seen.push(request);
        behaviour(request, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
    model = createLanguageModel({ baseUrl, apiKey: 'sk-test', model: 'qwen-test', timeoutMs }, logger, () => materialNames)!;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    seen.length = 0;
    jest.restoreAllMocks();
  });

  it('is off without configuration', () => {
    expect(createLanguageModel(null, logger, () => [])).toBeNull();
  });

  it('sends the model, the key, temperature 0 and both messages to {base}/chat/completions', async () => {
    behaviour = reply('身份证换领');
    await expect(model.rewriteQuery('我身份证过期了怎么办')).resolves.toBe('身份证换领');
    expect(seen).toHaveLength(1);
    const [{ body, headers, url }] = seen;
    expect(url).toBe('/v1/chat/completions');
    expect(headers.authorization).toBe('Bearer sk-test');
    expect(body).toMatchObject({ model: 'qwen-test', temperature: 0 });
    expect(body.max_tokens).toBeGreaterThan(0);
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0].content).toContain('只输出检索词');
    expect(body.messages[1].content).toBe('我身份证过期了怎么办');
  });

  it('sends no Authorization header without a key, and joins a base without a trailing slash', async () => {
    const keyless = createLanguageModel({ baseUrl: baseUrl.replace(/\/$/, ''), apiKey: null, model: 'qwen-test', timeoutMs }, logger, () => [])!;
    behaviour = reply('身份证换领');
    await expect(keyless.rewriteQuery('身份证过期')).resolves.toBe('身份证换领');
    expect(seen[0].url).toBe('/v1/chat/completions');
    expect(seen[0].headers.authorization).toBeUndefined();
  });

  it('refuses a rewrite that is a paragraph', async () => {
    behaviour = reply('您好！根据您的描述，您需要办理的是居民身份证有效期满换领业务，请携带居民户口簿和近期免冠照片前往户籍所在地派出所办理，谢谢。');
    await expect(model.rewriteQuery('我身份证过期了怎么办')).resolves.toBeNull();
  });

  it('accepts an honest answer built from the facts and gives the model the facts', async () => {
    const honest = '居民身份证换领请带上居民户口簿和近期免冠照片，到文峰区政务服务中心一楼3号窗口办理，不收费，五个工作日办好。';
    behaviour = reply(honest);
    await expect(model.phrase('换身份证要带什么', freeMatter)).resolves.toBe(honest);
    const user = seen[0].body.messages[1].content as string;
    expect(user).toContain('居民户口簿');
    expect(user).toContain('换身份证要带什么');
    expect(seen[0].body.messages[0].content).toContain('不得');
  });

  it.each([
    ['an invented fee', '居民身份证换领收费 50 元，5个工作日办好。'],
    ['an invented material', '居民身份证换领需要居民户口簿和村委会证明。'],
    ['an invented date', '请于2026年12月14日前到文峰区政务服务中心办理居民身份证换领。'],
    ['a different number of working days', '居民身份证换领七个工作日办好。'],
    ['an invented phone number', '居民身份证换领请拨打 0372-5100000 咨询。'],
  ])('drops a lying answer (%s) so the template is sent', async (_name, lie) => {
    behaviour = reply(lie);
    await expect(model.phrase('换身份证要多少钱', freeMatter)).resolves.toBeNull();
  });

  it('with the adapter on and an endpoint that invents a fee, the reply carries no invented fee', async () => {
    behaviour = reply('居民身份证换领收费 50 元。');
    const sent = (await model.phrase('换身份证要多少钱', freeMatter)) ?? freeMatter.template;
    expect(sent).toBe(freeMatter.template);
    expect(sent).not.toMatch(/50/);
  });

  it('gives up on an endpoint that never answers within the timeout', async () => {
    behaviour = () => {};
    const started = Date.now();
    await expect(model.phrase('换身份证要带什么', freeMatter)).resolves.toBeNull();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 50);
    expect(elapsed).toBeLessThan(timeoutMs + 700);
  });

  it('gives up on an endpoint that sends headers and then stalls in the body', async () => {
    behaviour = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"choices":[{"message":');
    };
    const started = Date.now();
    await expect(model.rewriteQuery('身份证过期')).resolves.toBeNull();
    expect(Date.now() - started).toBeLessThan(timeoutMs + 700);
  });

  it.each<[string, Behaviour]>([
    ['a server error', (_req, res) => res.writeHead(500).end('{"error":"boom"}')],
    ['a refusal', (_req, res) => res.writeHead(401).end()],
    ['invalid JSON', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [')],
    ['empty choices', (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices":[]}')],
    ['empty content', reply('  ')],
    ['content that is no text', reply({ text: '身份证换领' })],
    ['a JSON that is no object', (_req, res) => res.writeHead(200).end('null')],
    ['a dropped connection', (req, res) => res.socket?.destroy()],
  ])('returns null on %s, for both uses', async (_name, failing) => {
    behaviour = failing;
    await expect(model.rewriteQuery('身份证过期')).resolves.toBeNull();
    await expect(model.phrase('换身份证要带什么', freeMatter)).resolves.toBeNull();
  });

  it('returns null when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const nowhere = createLanguageModel({ baseUrl: `http://127.0.0.1:${port}/v1`, apiKey: null, model: 'm', timeoutMs }, logger, () => [])!;
    await expect(nowhere.rewriteQuery('身份证过期')).resolves.toBeNull();
  });

  it('logs a failure with no more than 50 characters of the question', async () => {
    const warn = jest.spyOn(logger, 'warn');
    behaviour = (_req, res) => res.writeHead(500).end();
    const question = '我的身份证' + '快要过期了'.repeat(10) + '秘密尾巴';
    await expect(model.phrase(question, freeMatter)).resolves.toBeNull();
    expect(warn).toHaveBeenCalled();
    const logged = JSON.stringify(warn.mock.calls);
    expect(logged).toContain('我的身份证');
    expect(logged).not.toContain('秘密尾巴');
  });
});
