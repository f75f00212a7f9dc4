// The ceiling for bench:reads: a bare Koa app answering a fixed JSON body (read from the file named by argv[2])
// on the port argv[3]. Run as its own process, as the real server is.
import { readFileSync } from 'node:fs';
import Koa from 'koa';

const body = readFileSync(process.argv[2], 'utf8');
const app = new Koa();
app.use((ctx) => {
  ctx.type = 'application/json';
  ctx.body = body;
});
app.listen(Number(process.argv[3]), '127.0.0.1', () => process.send?.('ready'));
