// The authoring format of the Anyang matter catalog (prisma/data/catalog/*.json): one file per department,
// written like a catalog office would publish it, following ../shared/domain/catalog.md (GB/T 39046 names).
// The seed turns these into draft matters and publishes them; tests check every entry against the rules.
import { z } from 'zod';

const text = (max = 500) => z.string().trim().min(1).max(max);
const noPlaceholder = (s: string) => !/示例|XXX|xxx|lorem|待补充|TODO|某某/i.test(s);
const realText = (max = 500) => text(max).refine(noPlaceholder, { error: '不得出现占位内容（示例、XXX、待补充、某某等）' });

export const MatterTypeCode = z.enum(['01', '05', '07', '08', '09', '10', '20']);
export const TopicSchema = z.enum([
  '生育收养', '户籍身份', '教育', '就业创业', '社会保障', '医疗卫生', '养老服务', '残疾人', '婚姻登记', '住房保障',
  '农业农村', '市场主体', '社会救助', '优待抚恤', '交通出行', '公共安全', '法律服务', '水电气暖', '死亡殡葬', '文化旅游',
  '生态环境', '税费缴纳', '劳动维权', '证件办理',
]);

export const LimitSchema = z.object({
  value: z.number().int().min(0).max(365),
  unit: z.enum(['工作日', '自然日']).default('工作日'),
  note: realText(200).optional(),
});

/**
 * 法定办结时限. `none`: no law or policy sets a limit (shown as 无; value is then 0, and the note says so).
 * A limit that is set says where it comes from in its note.
 */
export const LegalLimitSchema = LimitSchema.extend({ none: z.boolean().optional() });

/** A form file kept with the catalog (table catalog_form_file), named by its SHA-256. */
export const FormFileRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  contentType: z.enum(['application/pdf', 'image/png', 'image/jpeg']),
  /** true: made from the catalog's fields at publication (remade by the next one); false: uploaded by an admin. */
  generated: z.boolean(),
});
export type FormFileRef = z.infer<typeof FormFileRefSchema>;

export const MaterialSchema = z.object({
  name: realText(100),
  /** 材料类型 */
  kind: z.enum(['证件证书证明', '申请表格文书', '其他']),
  /** 材料形式 */
  form: z.enum(['纸质', '电子', '纸质/电子']),
  necessity: z.enum(['required', 'optional', 'deferrable']),
  /** 来源渠道: 政府部门核发 materials should be fetched by data sharing; say so in `note`. */
  source: z.enum(['申请人自备', '政府部门核发']),
  originals: z.number().int().min(0).max(10),
  copies: z.number().int().min(0).max(10),
  paperSize: z.enum(['A4', 'A3', '其他']).optional(),
  /** 填报须知 */
  note: realText(300).optional(),
  /** 受理标准: what makes it acceptable */
  acceptance: realText(300),
  /** A blank form (空白表格) / a filled sample (示例样表) is provided at the window and online. */
  blankForm: z.boolean().default(false),
  sampleForm: z.boolean().default(false),
  /** The files behind those tags, set when a version is published (generated) or by an admin's upload. */
  blankFile: FormFileRefSchema.optional(),
  sampleFile: FormFileRefSchema.optional(),
});

export const FormFieldSchema = z.object({
  key: z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/),
  label: realText(40),
  type: z.enum(['text', 'textarea', 'number', 'date', 'idNumber', 'phone', 'select', 'multiselect', 'region']),
  required: z.boolean(),
  options: z.array(z.object({ value: z.string().min(1).max(40), label: realText(40) })).min(2).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  maxLength: z.number().int().positive().max(2000).optional(),
});

export const MatterSourceSchema = z.object({
  /** Stable id within the catalog, kebab-case English, e.g. `disability-card-new`. */
  key: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60),
  name: realText(80),
  /** 主项名称, e.g. 残疾人证核发 for 残疾人证新办 / 换领 / 挂失补办. */
  mainItem: realText(80),
  /** 基本编码 (≤ 12 chars) and 业务办理项编码 (≤ 50), opaque strings in the national style. */
  baseCode: z.string().regex(/^[0-9A-Z]{8,12}$/),
  itemCode: z.string().regex(/^[0-9A-Z-]{12,50}$/),
  type: MatterTypeCode,
  /** 行使层级: 3 市级 · 4 县级 · 5 乡镇(街道)级 · 6 村(社区)级 */
  level: z.union([z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  /**
   * Where residents can hand it in besides the level itself (县级 matters received at township centres).
   * `clinic`: 乡镇卫生院 / 村卫生室 (public health services), which is not the township service centre.
   */
  acceptedAt: z.array(z.enum(['village', 'township', 'county', 'city', 'clinic'])).min(1),
  /** 办理形式: 1 窗口 · 2 电脑端 · 3 移动端 (掌上办) · 4 快递 */
  channels: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])).min(1),
  /** 实施主体性质: 1 法定机关 · 2 授权组织 · 3 受委托组织 */
  bodyNature: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** 服务对象: 1 自然人 · 2 企业法人 · 3 事业法人 · 4 社会组织法人 · 9 其他组织 */
  audiences: z.array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(9)])).min(1),
  topics: z.array(TopicSchema).min(1).max(3),
  /**
   * 设定依据: a law or regulation with its article, or a numbered policy document (its 文号 in `law`, e.g.
   * 《…通知》（财农〔2016〕26号）). The article is left out where it is not known for sure, never guessed.
   */
  basis: z.array(z.object({ law: realText(80), article: z.string().regex(/^第[一二三四五六七八九十百千零]+条/).optional(), excerpt: realText(400) })).min(1),
  /** 受理条件 */
  conditions: z.array(realText(300)).min(1),
  legalLimit: LegalLimitSchema,
  promiseLimit: LimitSchema,
  /** 办件类型: 1 即办件 · 2 承诺件 */
  kind: z.union([z.literal(1), z.literal(2)]),
  /** 到办事现场次数 */
  visits: z.number().int().min(0).max(3),
  /** 网上办理深度 Ⅰ–Ⅳ */
  onlineDepth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** 通办范围 */
  reach: z.enum(['全国', '全省', '全市', '全县', '全镇']),
  fees: z.array(z.object({ name: realText(80), standard: realText(200), amountFen: z.number().int().min(0).optional(), basis: realText(200), reducible: z.boolean() })),
  steps: z.array(z.object({
    name: realText(30),
    description: realText(300),
    days: z.number().int().min(0).max(365),
    /** false for 特别程序 (现场核查, 检验, 鉴定, 听证…) which do not count toward the time limit. */
    counted: z.boolean(),
  })).min(2),
  /** Materials every applicant brings, whatever the situation. */
  materials: z.array(MaterialSchema).min(1),
  /** 办理情形 with their own extra materials (may be empty when there is one situation). */
  situations: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), name: realText(60), description: realText(300), materials: z.array(MaterialSchema) })),
  result: z.object({ type: z.enum(['证照', '批文', '其他', '无']), name: realText(60), delivery: z.array(z.enum(['窗口领取', '邮寄送达', '电子证照', '短信通知', '无需送达'])).min(1) }),
  faq: z.array(z.object({ q: realText(120), a: realText(600) })).min(2),
  /** Plain words residents use (≥ 3): 残疾证, 办残疾证, 残疾人证怎么办 … */
  aliases: z.array(text(30)).min(3),
  keywords: z.array(text(20)).min(2),
  /** The fields a resident fills in on the phone (beyond the real-name profile and the materials). */
  form: z.array(FormFieldSchema).min(1),
  /** 咨询 and 投诉 phones are the county department's (see counties.json); a matter may add its own hotline. */
  hotline: z.string().regex(/^(\d{5}|0372-\d{7,8}|400-\d{3}-\d{4})$/).optional(),
});
export type MatterSource = z.infer<typeof MatterSourceSchema>;

export const DepartmentSourceSchema = z.object({
  /** Short code used in usernames and routing, e.g. `cl` (残联), `mz` (民政). */
  code: z.string().regex(/^[a-z]{2,6}$/),
  /** Full name pattern of the county-level body: `{county}残疾人联合会` (the county's name is filled in). */
  bodyName: z.string().includes('{county}'),
  name: realText(30),
  shortName: realText(10),
  /** Window within each county's 政务服务中心 (e.g. 残联窗口, 社保综合窗口). */
  window: realText(30),
  matters: z.array(MatterSourceSchema).min(1),
});
export type DepartmentSource = z.infer<typeof DepartmentSourceSchema>;
