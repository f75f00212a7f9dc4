// The seams the modules rely on, checked over the source so that a new file cannot quietly break them:
// time comes from the clock, Prisma's error codes and advisory lock numbers live in one module each, and
// use cases know nothing of HTTP.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const serverDir = path.join(__dirname, '..', '..', 'src-server');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = sourceFiles(serverDir).map((file) => ({
  name: path.relative(serverDir, file),
  // Comments may name what the code must not do.
  code: readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
}));
const offenders = (pattern: RegExp, allowed: string[]) =>
  files.filter((f) => pattern.test(f.code) && !allowed.includes(f.name)).map((f) => f.name);

/** Files of the domain modules that are not their HTTP adapters. */
const useCaseFiles = files.filter(
  (f) => !f.name.startsWith('platform/') && f.name.includes('/') && !/\/(routes|schemas|authorize)\.ts$/.test(f.name),
);

describe('server architecture', () => {
  it('reads time only from the clock', () => {
    expect(offenders(/Date\.now\(\)|new Date\(\)/, ['platform/clock.ts'])).toEqual([]);
    expect(offenders(/chinaToday\(/, ['platform/clock.ts'])).toEqual([]);
  });

  it('translates Prisma error codes in one module', () => {
    expect(offenders(/P2\d{3}/, ['platform/db/prisma-errors.ts'])).toEqual([]);
  });

  it('names advisory locks in one module', () => {
    expect(offenders(/pg_advisory_xact_lock|pg_advisory_lock\(\d/, ['platform/db/locks.ts'])).toEqual([]);
  });

  it('keeps HTTP out of use cases', () => {
    const http = useCaseFiles.filter((f) => /from 'koa'|platform\/http|ctx\.status|\bstatus: \d{3}\b|new DomainError\(/.test(f.code));
    expect(http.map((f) => f.name)).toEqual([]);
    expect(useCaseFiles.length).toBeGreaterThan(40);
  });

  it('lets no route query the database itself', () => {
    const routes = files.filter((f) => f.name.endsWith('/routes.ts'));
    expect(routes.filter((f) => /\.prisma\b|\$queryRaw|\$transaction/.test(f.code)).map((f) => f.name)).toEqual([]);
  });
});
