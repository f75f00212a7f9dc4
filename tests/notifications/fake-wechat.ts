// A fake WeChat server on loopback: hands out access tokens (tok-1, tok-2 …) and takes subscribe messages. It fails on
// purpose: the first `failFirst` sends (a 500, then errcode -1), 43101 for the openids in `noConsent`, errcode -1
// always for those in `broken`, 42001 for a token in `expiredTokens`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  token: string;
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
  /** What the fake answered. */
  answered: number;
}

export class FakeWechat {
  tokensIssued = 0;
  sends: SentMessage[] = [];
  failFirst = 2;
  noConsent = new Set<string>();
  broken = new Set<string>();
  expiredTokens = new Set<string>();
  private server = http.createServer((req, res) => void this.handle(req, res));
  url = '';

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close() {
    return new Promise((resolve) => this.server.close(resolve));
  }

  /** The sends WeChat accepted (errcode 0). */
  delivered() {
    return this.sends.filter((s) => s.answered === 0);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/cgi-bin/token') return json(200, { access_token: `tok-${++this.tokensIssued}`, expires_in: 7200 });
    if (url.pathname !== '/cgi-bin/message/subscribe/send') return json(404, { errcode: 404 });
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw) as Omit<SentMessage, 'token' | 'answered'>;
    const token = url.searchParams.get('access_token') ?? '';
    const answer = (answered: number, status = 200) => {
      this.sends.push({ ...body, token, answered });
      return status === 200 ? json(200, { errcode: answered, errmsg: answered ? 'failed on purpose' : 'ok' }) : json(status, { oops: true });
    };
    if (this.expiredTokens.has(token)) return answer(42001);
    if (this.failFirst > 0) {
      this.failFirst--;
      return this.failFirst === 1 ? answer(500, 500) : answer(-1);
    }
    if (this.noConsent.has(body.touser)) return answer(43101);
    if (this.broken.has(body.touser)) return answer(-1);
    return answer(0);
  }
}
