import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src-server/platform/config';

describe('loadConfig', () => {
  it('runs with no configuration at all: embedded database, port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, host: '0.0.0.0', databaseUrl: undefined });
    expect(path.isAbsolute(config.dataDir)).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['MIGRATE_ON_START', 'yes'],
    ['NODE_ENV', 'staging'],
  ])('refuses %s=%s with one line that names the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).toContain(JSON.stringify(value));
    expect(message.split('\n')).toHaveLength(1);
  });

  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: 'postgresql://u@db/zsb',
    PII_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
    PII_HASH_KEY: Buffer.alloc(32, 8).toString('base64'),
    WECHAT_APPID: 'wx0123456789abcdef',
    WECHAT_SECRET: '0123456789abcdef0123456789abcdef',
  };

  it.each(['DATABASE_URL', 'PII_KEY', 'PII_HASH_KEY', 'WECHAT_APPID', 'WECHAT_SECRET'])(
    'requires %s in production, naming it',
    (name) => {
      expect(() => loadConfig({ ...production, [name]: undefined })).toThrow(new RegExp(`环境变量 ${name} 无效`));
    },
  );

  it('is production, not demo, with everything set; demo without WeChat outside production', () => {
    const config = loadConfig(production);
    expect(config).toMatchObject({ env: 'production', demo: false, databaseUrl: 'postgresql://u@db/zsb' });
    expect(config.wechat).toEqual({ appId: 'wx0123456789abcdef', secret: '0123456789abcdef0123456789abcdef', apiBase: 'https://api.weixin.qq.com' });
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ WECHAT_APPID: production.WECHAT_APPID, WECHAT_SECRET: production.WECHAT_SECRET }).demo).toBe(false);
  });
});

describe('the process entry', () => {
  it('stops before anything else with one line naming PORT when PORT=abc', () => {
    const root = path.join(__dirname, '..', '..');
    const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'src-server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'abc', NODE_OPTIONS: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^启动失败：环境变量 PORT 无效/);
  });
});
