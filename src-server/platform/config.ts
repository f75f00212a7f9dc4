// Configuration comes only from environment variables, validated once at start-up: a bad value stops the
// process with one line that names the variable, before anything else happens.
import path from 'node:path';
import { z } from 'zod';

const projectRoot = path.resolve(__dirname, '..', '..');

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'], { error: '应为 true 或 false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1'));

const intInRange = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `应为 ${min} 到 ${max} 之间的整数` });
        return z.NEVER;
      }
      return n;
    });

const templateId = z.string().regex(/^[A-Za-z0-9_-]{10,64}$/, { error: '应为微信后台“订阅消息”中的模板 ID（字母、数字、_ 或 -）' }).optional();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: '应为 development、test 或 production' }).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: intInRange(1, 65535, 3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, { error: '应为 postgres:// 或 postgresql:// 开头的连接串' })
    .optional(),
  DATABASE_POOL_SIZE: intInRange(1, 200, 10),
  DATA_DIR: z.string().min(1).default(path.join(projectRoot, 'data')),
  H5_DIR: z.string().min(1).default(path.join(projectRoot, 'dist', 'h5')),
  BUILD_H5_ON_START: flag(true),
  MIGRATE_ON_START: flag(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: '应为 fatal、error、warn、info、debug、trace 或 silent' }).default('info'),
  TRUST_PROXY: flag(false),
  SHUTDOWN_TIMEOUT_MS: intInRange(0, 600_000, 10_000),
  PII_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=_-]{43,44}(,[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=_-]{43,44})*$/, {
      error: '应为 “密钥编号:32 字节的 base64” 列表，逗号分隔，第一个用于加密',
    })
    .optional(),
  PII_HASH_KEY: z.string().regex(/^[A-Za-z0-9+/=_-]{43,88}$/, { error: '应为至少 32 字节的 base64' }).optional(),
  WECHAT_APPID: z.string().regex(/^wx[0-9a-f]{16}$/, { error: '应为 wx 开头的 18 位小程序 AppID' }).optional(),
  WECHAT_SECRET: z.string().regex(/^[0-9a-f]{32}$/, { error: '应为 32 位十六进制的小程序 AppSecret' }).optional(),
  WECHAT_API_BASE: z.url({ error: '应为 http(s) 地址' }).default('https://api.weixin.qq.com'),
  // Message push (客服消息): the token and EncodingAESKey set in the WeChat admin console; no AES key means plain mode.
  WECHAT_PUSH_TOKEN: z.string().regex(/^[A-Za-z0-9]{3,32}$/, { error: '应为 3 到 32 位英文字母或数字（与微信后台“消息推送”的 Token 一致）' }).optional(),
  WECHAT_PUSH_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/, { error: '应为 43 位英文字母或数字（微信后台的 EncodingAESKey）' }).optional(),
  // Subscribe-message templates (订阅消息), one per event; an unset one means that event's messages are skipped.
  WECHAT_TEMPLATE_ACCEPTED: templateId,
  WECHAT_TEMPLATE_CORRECTION: templateId,
  WECHAT_TEMPLATE_FINISHED: templateId,
  WECHAT_TEMPLATE_REFUSED: templateId,
  WECHAT_TEMPLATE_ANSWERED: templateId,
  // An optional language model (any OpenAI-compatible endpoint): off unless LLM_BASE_URL is set.
  LLM_BASE_URL: z.url({ error: '应为 http(s) 地址，例如 https://llm.example.cn/v1' }).optional(),
  LLM_API_KEY: z.string().min(1).optional(),
  LLM_MODEL: z.string().min(1).default('qwen-plus'),
  LLM_TIMEOUT_MS: intInRange(100, 60_000, 2_500),
  DEMO_PASSWORD: z.string().min(8, { error: '至少 8 个字符' }).default('demo-password'),
  DEMO_HISTORY: flag(true),
  CORS_ORIGINS: z
    .string()
    .regex(/^https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*$/, { error: '应为逗号分隔的 http(s) 源，例如 https://a.example.cn' })
    .optional(),
  RESIDENT_TOKEN_DAYS: intInRange(1, 365, 30),
  STAFF_TOKEN_HOURS: intInRange(1, 720, 12),
  LOGIN_MAX_FAILURES: intInRange(1, 100, 5),
  LOGIN_LOCK_MINUTES: intInRange(1, 1440, 15),
  RATE_LIMITS: flag(true),
});

export interface Config {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  /** A real PostgreSQL server; absent means the embedded database in `dataDir`. */
  databaseUrl?: string;
  databasePoolSize: number;
  dataDir: string;
  h5Dir: string;
  buildH5OnStart: boolean;
  migrateOnStart: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  shutdownTimeoutMs: number;
  /** Raw key list (`id:base64,…`); demo mode generates one into the data folder when unset. */
  piiKey?: string;
  piiHashKey?: string;
  wechat: { appId: string; secret: string; apiBase: string } | null;
  /** WeChat message push (客服消息), when WECHAT_PUSH_TOKEN is set; `aesKey` set means safe mode is accepted. */
  wechatPush: { token: string; aesKey: string | null } | null;
  /** Subscribe-message template ids per event (null: not configured, those messages are skipped). */
  wechatTemplates: { accepted: string | null; correction: string | null; finished: string | null; refused: string | null; answered: string | null };
  /** The optional language model behind assistant/language-model.ts; null means the offline path only. */
  languageModel: { baseUrl: string; apiKey: string | null; model: string; timeoutMs: number } | null;
  /** Demo mode: not production and WeChat not configured; dev login and demo staff accounts exist. */
  demo: boolean;
  demoPassword: string;
  /** Demo mode: seed a few months of cases once, made by the clerks' own use cases (ops/demo-history.ts). */
  demoHistory: boolean;
  corsOrigins: string[];
  residentTokenDays: number;
  staffTokenHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  rateLimits: boolean;
}

export class ConfigError extends Error {}

/** Reads and checks the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means the same as an unset one.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = EnvSchema.safeParse(given);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0]);
    const value = env[name];
    const shown = value === undefined ? '未设置' : `当前为 ${JSON.stringify(value.length > 60 ? value.slice(0, 60) + '…' : value)}`;
    throw new ConfigError(`启动失败：环境变量 ${name} 无效，${issue.message}（${shown}）`);
  }
  const e = result.data;
  if (e.NODE_ENV === 'production') {
    for (const name of ['DATABASE_URL', 'PII_KEY', 'PII_HASH_KEY', 'WECHAT_APPID', 'WECHAT_SECRET'] as const) {
      if (!e[name]) throw new ConfigError(`启动失败：环境变量 ${name} 无效，生产模式必须设置（未设置）`);
    }
  }
  if (Boolean(e.WECHAT_APPID) !== Boolean(e.WECHAT_SECRET)) {
    const missing = e.WECHAT_APPID ? 'WECHAT_SECRET' : 'WECHAT_APPID';
    throw new ConfigError(`启动失败：环境变量 ${missing} 无效，WECHAT_APPID 与 WECHAT_SECRET 须同时设置（未设置）`);
  }
  const wechat = e.WECHAT_APPID && e.WECHAT_SECRET ? { appId: e.WECHAT_APPID, secret: e.WECHAT_SECRET, apiBase: e.WECHAT_API_BASE } : null;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    dataDir: path.resolve(e.DATA_DIR),
    h5Dir: path.resolve(e.H5_DIR),
    buildH5OnStart: e.BUILD_H5_ON_START,
    migrateOnStart: e.MIGRATE_ON_START,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    piiKey: e.PII_KEY,
    piiHashKey: e.PII_HASH_KEY,
    wechat,
    wechatTemplates: {
      accepted: e.WECHAT_TEMPLATE_ACCEPTED ?? null,
      correction: e.WECHAT_TEMPLATE_CORRECTION ?? null,
      finished: e.WECHAT_TEMPLATE_FINISHED ?? null,
      refused: e.WECHAT_TEMPLATE_REFUSED ?? null,
      answered: e.WECHAT_TEMPLATE_ANSWERED ?? null,
    },
    wechatPush: e.WECHAT_PUSH_TOKEN ? { token: e.WECHAT_PUSH_TOKEN, aesKey: e.WECHAT_PUSH_AES_KEY ?? null } : null,
    languageModel: e.LLM_BASE_URL ? { baseUrl: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY ?? null, model: e.LLM_MODEL, timeoutMs: e.LLM_TIMEOUT_MS } : null,
    demo: e.NODE_ENV !== 'production' && wechat === null,
    demoPassword: e.DEMO_PASSWORD,
    demoHistory: e.DEMO_HISTORY,
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',') : [],
    residentTokenDays: e.RESIDENT_TOKEN_DAYS,
    staffTokenHours: e.STAFF_TOKEN_HOURS,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    rateLimits: e.RATE_LIMITS,
  };
}

export const paths = {
  root: projectRoot,
  migrations: path.join(projectRoot, 'prisma', 'migrations'),
  schema: path.join(projectRoot, 'prisma', 'schema.prisma'),
};
