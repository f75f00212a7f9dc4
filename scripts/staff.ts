// Staff accounts for operators:
//   npm run staff -- create <username> --role clerk --scope township:410505001 --name "梅园庄街道窗口"
//   npm run staff -- reset <username>        prints a new password; the old one and all sessions stop working
//   npm run staff -- disable <username>      the account can no longer sign in; its sessions end at once
// Scopes: village:<12 digits>, township:<9>, county:<6>, county_department:<6>/<department code>, city:<4>;
// --scope may be repeated (a clerk working several queues). --password-stdin reads the password from stdin.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src-server/platform/config';
import { openDatabase } from '../src-server/platform/db/database';
import { createLogger } from '../src-server/platform/logger';
import { createServices } from '../src-server/services';
import { staffRoles, type StaffRole } from '../src-shared/identity/roles';
import type { ScopeGrant } from '../src-server/identity/actor';
import { generatePassword } from '../src-server/identity/passwords';
import { createStaffAccount, disableStaffAccount, resetStaffPassword } from '../src-server/identity/staff-accounts';

function parseScope(text: string): ScopeGrant {
  const [kind, rest = ''] = text.split(':');
  const [regionCode, departmentCode] = rest.split('/');
  if (!['village', 'township', 'county_department', 'county', 'city'].includes(kind) || !/^\d+$/.test(regionCode)) {
    throw new Error(`无法识别的范围：${text}（例如 township:410505001）`);
  }
  return { kind: kind as ScopeGrant['kind'], regionCode, departmentCode: departmentCode ?? null };
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      scope: { type: 'string', multiple: true },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const [command, username] = positionals;
  if (!['create', 'reset', 'disable'].includes(command) || !username) {
    console.error('用法：npm run staff -- create|reset|disable <用户名> [--role 角色 --scope 范围 --name 显示名]');
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, poolSize: 2 } : { kind: 'embedded', dataDir: config.dataDir },
  );
  const ctx = createServices({ config, db, logger: createLogger('silent') }).system('staff-cli');
  try {
    const password = values['password-stdin'] ? readFileSync(0, 'utf8').trim() : generatePassword();
    if (command === 'create') {
      const role = values.role as StaffRole;
      if (!staffRoles.includes(role)) throw new Error(`--role 应为 ${staffRoles.join('、')} 之一`);
      await createStaffAccount(ctx, { username, displayName: values.name ?? username, role, scopes: (values.scope ?? []).map(parseScope), password });
      console.log(`已创建 ${username}（${role}）。${values['password-stdin'] ? '' : `初始密码：${password}`}`);
    } else if (command === 'reset') {
      await resetStaffPassword(ctx, { username, password });
      console.log(`已重置 ${username} 的密码并结束其所有登录。${values['password-stdin'] ? '' : `新密码：${password}`}`);
    } else {
      await disableStaffAccount(ctx, { username });
      console.log(`已停用 ${username}，其所有登录已失效。`);
    }
    return 0;
  } finally {
    await db.close();
  }
}

main().then((code) => process.exit(code), (err) => { console.error(`失败：${err instanceof Error ? err.message : err}`); process.exit(1); });
