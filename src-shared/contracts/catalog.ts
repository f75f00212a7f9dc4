// Contracts of the public catalog API (departments, matters, the guide, figures), shared by server and client.
import { z } from 'zod';
import { FormFieldSchema, LegalLimitSchema, LimitSchema, TopicSchema } from './catalog-source';

export const MatterLevelName = { 3: '市级', 4: '县级', 5: '乡镇（街道）级', 6: '村（社区）级' } as const;
export const MatterTypeName = {
  '01': '行政许可', '05': '行政给付', '07': '行政确认', '08': '行政奖励', '09': '行政裁决', '10': '其他行政权力', '20': '公共服务',
} as const;

export const DepartmentSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  shortName: z.string(),
  matterCount: z.number().int(),
});

export const MatterSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  department: z.object({ code: z.string(), name: z.string() }),
  type: z.string(),
  level: z.number().int(),
  handheld: z.boolean(),
  topics: z.array(z.string()),
  promiseDays: z.number().int(),
  promiseUnit: z.enum(['工作日', '自然日']),
});

export const MatterListQuery = z.object({
  department: z.string().regex(/^[a-z]{2,6}$/, { error: '部门代码不正确' }).optional(),
  level: z.enum(['3', '4', '5', '6'], { error: '层级应为 3、4、5 或 6' }).optional(),
  topic: TopicSchema.optional(),
  online: z.enum(['true', 'false'], { error: 'online 只能是 true 或 false' }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const MaterialOutSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  form: z.string(),
  necessity: z.enum(['required', 'optional', 'deferrable']),
  source: z.string(),
  originals: z.number().int(),
  copies: z.number().int(),
  paperSize: z.string().optional(),
  note: z.string().optional(),
  acceptance: z.string(),
  blankForm: z.boolean(),
  sampleForm: z.boolean(),
});

export const PlaceSchema = z.object({
  countyCode: z.string(),
  countyName: z.string(),
  place: z.string(),
  address: z.string(),
  transit: z.string(),
  hours: z.string(),
  /** The department's 咨询电话 in this county as the county admin entered it, else the 12345 hotline only. */
  phone: z.string(),
  /** false while the county admin has not entered the department's number (the phone is then 12345). */
  phoneEntered: z.boolean(),
  supervisePhone: z.string(),
});

/**
 * Where the resident hands the matter in: the county window, their township's centre, their village's station,
 * or — for public health services — the 乡镇卫生院 / 村卫生室, which is not a service centre.
 */
export const PlaceLevelSchema = z.enum(['county', 'township', 'village', 'clinic']);

export const GuideSchema = z.object({
  id: z.string(),
  key: z.string(),
  code: z.string(),
  baseCode: z.string(),
  name: z.string(),
  mainItem: z.string(),
  department: z.object({ code: z.string(), name: z.string(), shortName: z.string() }),
  type: z.string(),
  typeName: z.string(),
  level: z.number().int(),
  levelName: z.string(),
  legalDays: z.number().int(),
  promiseDays: z.number().int(),
  legalLimit: LegalLimitSchema,
  promiseLimit: LimitSchema,
  instant: z.boolean(),
  visits: z.number().int(),
  onlineDepth: z.number().int(),
  channels: z.array(z.number().int()),
  reach: z.string(),
  audiences: z.array(z.number().int()),
  topics: z.array(z.string()),
  fees: z.array(z.object({ name: z.string(), standard: z.string(), amountFen: z.number().int().optional(), basis: z.string(), reducible: z.boolean() })),
  free: z.boolean(),
  conditions: z.array(z.string()),
  basis: z.array(z.object({ law: z.string(), article: z.string().optional(), excerpt: z.string() })),
  steps: z.array(z.object({ name: z.string(), description: z.string(), days: z.number().int(), counted: z.boolean() })),
  materials: z.array(MaterialOutSchema),
  situations: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), materials: z.array(MaterialOutSchema) })),
  result: z.object({ type: z.string(), name: z.string(), delivery: z.array(z.string()) }),
  faq: z.array(z.object({ q: z.string(), a: z.string() })),
  aliases: z.array(z.string()),
  /**
   * Where the resident asked for (`?regionCode=` township or village, else `?county=`) hands it in: the county
   * window, or — by the matter's level, the county's delegation list and station list — the township centre or
   * the village station. The first county when no place was given.
   */
  placeLevel: PlaceLevelSchema,
  /** Why this place, in words a resident reads (the level, or the delegation document). */
  placeNote: z.string(),
  place: z.string(),
  address: z.string(),
  hours: z.string(),
  phone: z.string(),
  /** false while the place's own phone (or the department's 咨询电话) has not been entered: phone is 12345. */
  phoneEntered: z.boolean(),
  supervisePhone: z.string(),
  places: z.array(PlaceSchema),
  formSchema: z.object({ fields: z.array(FormFieldSchema) }),
  status: z.string(),
  version: z.number().int(),
});
export type Guide = z.infer<typeof GuideSchema>;

export const GuideQuery = z.object({
  version: z.coerce.number().int().min(1, { error: '版本号应为正整数' }).optional(),
  county: z.string().regex(/^\d{6}$/, { error: '县区代码应为 6 位数字' }).optional(),
  /** The resident's county, township or village (6, 9 or 12 digits); wins over `county`. */
  regionCode: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/, { error: '地区代码应为 6、9 或 12 位数字' }).optional(),
});

const FigureSchema = z.object({ matters: z.number().int(), departments: z.number().int(), target: z.number().int() });
export const CatalogStatsSchema = z.object({
  version: z.number().int(),
  publishedAt: z.string(),
  total: z.number().int(),
  handheld: FigureSchema,
  township: FigureSchema,
  village: FigureSchema,
});

/** Targets of the Anyang reform report (catalog.md). */
export const catalogTargets = { handheld: 300, township: 200, village: 40 } as const;
