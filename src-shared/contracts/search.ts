// Contracts of matter search (`/api/search`, suggestions, clicks) and of its admin side (searches that found
// nothing, aliases added from there), shared by server and mini-program.
import { z } from 'zod';

const int = () => z.number().int();

export const SearchQuerySchema = z.object({
  q: z.string({ error: '请输入要查找的事项或问题' })
    .trim()
    .min(1, { error: '请输入要查找的事项或问题' })
    .max(100, { error: '搜索内容不能超过 100 个字，请说得简短些' }),
  limit: z.coerce.number({ error: '条数应为 1 到 50 之间的整数' }).int({ error: '条数应为 1 到 50 之间的整数' })
    .min(1, { error: '条数应为 1 到 50 之间的整数' }).max(50, { error: '条数应为 1 到 50 之间的整数' }).default(10),
  county: z.string().regex(/^\d{6}$/, { error: '县区代码应为 6 位数字' }).optional(),
});

export const SpanSchema = z.object({ start: int(), end: int() });

export const SearchItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  department: z.object({ code: z.string(), name: z.string() }),
  level: int(),
  levelName: z.string(),
  handheld: z.boolean(),
  score: z.number(),
  /** Parts of the name the query met, as UTF-16 offsets into `name`. */
  highlights: z.array(SpanSchema),
  /** Why it matched, in Chinese. */
  reason: z.string(),
});

export const SearchAnswerSchema = z.object({
  items: z.array(SearchItemSchema),
  total: int(),
  tookMs: z.number(),
  /** Pass back with a click (`POST /api/search/clicks`); null when nothing was logged (nothing searchable typed). */
  queryId: z.string().nullable(),
  /** The lexicon's phrases found in the query and what they were taken to mean. */
  understood: z.array(z.object({ from: z.string(), to: z.array(z.string()) })),
  version: int(),
});

export const SuggestQuerySchema = z.object({
  q: z.string({ error: '请输入要查找的内容' }).trim().min(1, { error: '请输入要查找的内容' }).max(50, { error: '输入内容不能超过 50 个字' }),
});

export const SuggestAnswerSchema = z.object({
  items: z.array(z.object({ text: z.string(), matterId: z.string() })),
});

export const SearchClickBody = z.object({
  queryId: z.uuid({ error: '搜索记录编号不正确' }),
  matterId: z.uuid({ error: '事项编号不正确' }),
});

export const UnfoundQuerySchema = z.object({
  days: z.coerce.number().int().min(1, { error: '天数应为 1 到 365' }).max(365, { error: '天数应为 1 到 365' }).default(30),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const UnfoundSearchSchema = z.object({
  text: z.string(),
  count: int(),
  lastAt: z.string(),
  /** Where it was asked: the search box, the assistant (a turn it could not answer or only guessed), or both. */
  sources: z.array(z.enum(['search', 'chat'])),
  /** The matter this text was made an alias of, once an admin did. */
  aliasOf: z.object({ matterId: z.string(), name: z.string() }).nullable(),
});

export const UnfoundPageSchema = z.object({
  items: z.array(UnfoundSearchSchema),
  total: int(),
  page: int(),
  pageSize: int(),
  days: int(),
});

export const AddAliasBody = z.object({
  matterId: z.uuid({ error: '请选择事项' }),
  alias: z.string({ error: '请输入别名' }).trim().min(2, { error: '别名至少 2 个字' }).max(30, { error: '别名不能超过 30 个字' }),
});

export const SearchAliasSchema = z.object({
  id: z.string(),
  matterId: z.string(),
  matterName: z.string(),
  alias: z.string(),
  createdAt: z.string(),
});

export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;
export type SearchItem = z.infer<typeof SearchItemSchema>;
export type SuggestAnswer = z.infer<typeof SuggestAnswerSchema>;
export type UnfoundSearch = z.infer<typeof UnfoundSearchSchema>;
export type UnfoundPage = z.infer<typeof UnfoundPageSchema>;
export type SearchAlias = z.infer<typeof SearchAliasSchema>;
