// The Chinese names of the catalog's fields, codes, topics and status words (catalog.md, GB/T 39046), one table
// each, for the publishing rules and the exchange spreadsheet (server) and the admin and resident pages
// (mini-program). Plain data without zod: the mini-program imports this module at run time. The value lists of
// the zod enums in ../contracts/catalog-source.ts are checked against these tables by tests/miniapp/catalog-labels.test.ts.
import type { MatterSource } from '../contracts/catalog-source';

type Material = MatterSource['materials'][number];
type FormField = MatterSource['form'][number];

/** One value of a code table with its name. */
export interface Option<V extends string | number = string> {
  value: V;
  label: string;
}

// ---------------------------------------------------------------------------------------------------------
// Fields of the guide

/** Top-level guide fields (MatterSourceSchema), and the draft's status, as the catalog office names them. */
export const FIELD_LABELS = {
  key: '事项标识',
  name: '事项名称',
  mainItem: '主项名称',
  baseCode: '基本编码',
  itemCode: '业务办理项编码',
  type: '事项类型',
  level: '行使层级',
  acceptedAt: '受理地点',
  channels: '办理形式',
  bodyNature: '实施主体性质',
  audiences: '服务对象',
  topics: '主题分类',
  basis: '设定依据',
  conditions: '受理条件',
  legalLimit: '法定办结时限',
  promiseLimit: '承诺办结时限',
  kind: '办件类型',
  visits: '到办事现场次数',
  onlineDepth: '网上办理深度',
  reach: '通办范围',
  fees: '收费',
  steps: '办理流程',
  materials: '申请材料',
  situations: '办理情形',
  result: '办理结果',
  faq: '常见问题',
  aliases: '别名',
  keywords: '关键词',
  form: '表单字段',
  hotline: '咨询电话',
  status: '事项状态',
} as const satisfies Record<keyof MatterSource | 'status', string>;

/** A field's name, or the key itself when it has none. */
export function fieldLabel(key: string): string {
  return (FIELD_LABELS as Record<string, string>)[key] ?? key;
}

/** 法定 / 承诺办结时限 */
export const LIMIT_FIELD_LABELS = { value: '时限', unit: '单位', note: '说明', none: '法律法规未设定时限' } as const satisfies Record<keyof MatterSource['legalLimit'], string>;

export const BASIS_FIELD_LABELS = { law: '法律法规或文件名称（文号）', article: '条款号', excerpt: '条款内容' } as const satisfies Record<
  keyof MatterSource['basis'][number],
  string
>;

export const FEE_FIELD_LABELS = {
  name: '收费项目',
  standard: '收费标准',
  amountFen: '金额（分）',
  basis: '收费依据',
  reducible: '可减免',
} as const satisfies Record<keyof MatterSource['fees'][number], string>;

export const STEP_FIELD_LABELS = {
  name: '环节名称',
  description: '办理内容',
  days: '时限（天）',
  counted: '计入办结时限',
} as const satisfies Record<keyof MatterSource['steps'][number], string>;

export const MATERIAL_FIELD_LABELS = {
  name: '材料名称',
  kind: '材料类型',
  form: '材料形式',
  necessity: '必要性',
  source: '来源渠道',
  originals: '原件份数',
  copies: '复印件份数',
  paperSize: '纸张规格',
  note: '填报须知',
  acceptance: '受理标准',
  blankForm: '提供空白表格',
  sampleForm: '提供示例样表',
  blankFile: '空白表格文件',
  sampleFile: '示例样表文件',
} as const satisfies Record<keyof Material, string>;

export const SITUATION_FIELD_LABELS = {
  key: '情形标识',
  name: '情形名称',
  description: '情形说明',
  materials: '材料',
} as const satisfies Record<keyof MatterSource['situations'][number], string>;

export const RESULT_FIELD_LABELS = { type: '结果类型', name: '结果名称', delivery: '送达方式' } as const satisfies Record<
  keyof MatterSource['result'],
  string
>;

export const FAQ_FIELD_LABELS = { q: '问题', a: '解答' } as const satisfies Record<keyof MatterSource['faq'][number], string>;

/** A field of the online application form (表单字段). */
export const FORM_FIELD_LABELS = {
  key: '字段标识',
  label: '字段名称',
  type: '字段类型',
  required: '必填',
  options: '选项',
  min: '最小值',
  max: '最大值',
  maxLength: '最大长度',
} as const satisfies Record<keyof FormField, string>;

export const FORM_OPTION_LABELS = { value: '选项值', label: '选项名称' } as const satisfies Record<
  keyof NonNullable<FormField['options']>[number],
  string
>;

// ---------------------------------------------------------------------------------------------------------
// Code tables, in the order they are offered

export const MATTER_TYPES: readonly Option<MatterSource['type']>[] = [
  { value: '01', label: '行政许可' },
  { value: '05', label: '行政给付' },
  { value: '07', label: '行政确认' },
  { value: '08', label: '行政奖励' },
  { value: '09', label: '行政裁决' },
  { value: '10', label: '其他行政权力' },
  { value: '20', label: '公共服务' },
];

/** 行使层级 */
export const MATTER_LEVELS: readonly Option<MatterSource['level']>[] = [
  { value: 3, label: '市级' },
  { value: 4, label: '县级' },
  { value: 5, label: '乡镇（街道）级' },
  { value: 6, label: '村（社区）级' },
];

/** 受理地点: where residents can hand a matter in. */
export const ACCEPTED_AT: readonly Option<MatterSource['acceptedAt'][number]>[] = [
  { value: 'village', label: '村（社区）便民服务站' },
  { value: 'township', label: '乡镇（街道）便民服务中心' },
  { value: 'county', label: '县级政务服务中心' },
  { value: 'city', label: '市级政务服务中心' },
  { value: 'clinic', label: '乡镇卫生院、村卫生室' },
];

/** 受理地点 in one word, as the exchange spreadsheet writes it (受理层级: 县、乡镇). */
export const ACCEPTED_AT_SHORT = { village: '村', township: '乡镇', county: '县', city: '市', clinic: '卫生院' } as const satisfies Record<
  MatterSource['acceptedAt'][number],
  string
>;

/** 办理形式 */
export const CHANNELS: readonly Option<MatterSource['channels'][number]>[] = [
  { value: 1, label: '窗口' },
  { value: 2, label: '电脑端' },
  { value: 3, label: '移动端（掌上办）' },
  { value: 4, label: '快递' },
];

/** 办件类型 */
export const MATTER_KINDS: readonly Option<MatterSource['kind']>[] = [
  { value: 1, label: '即办件' },
  { value: 2, label: '承诺件' },
];

/** 网上办理深度 */
export const ONLINE_DEPTHS: readonly Option<MatterSource['onlineDepth']>[] = [
  { value: 1, label: 'Ⅰ 级（网上查看指南、下载表格）' },
  { value: 2, label: 'Ⅱ 级（网上预约、预审）' },
  { value: 3, label: 'Ⅲ 级（网上提交申请，到现场一次）' },
  { value: 4, label: 'Ⅳ 级（全程网办）' },
];

/** 实施主体性质 */
export const BODY_NATURES: readonly Option<MatterSource['bodyNature']>[] = [
  { value: 1, label: '法定机关' },
  { value: 2, label: '授权组织' },
  { value: 3, label: '受委托组织' },
];

/** 服务对象 */
export const AUDIENCES: readonly Option<MatterSource['audiences'][number]>[] = [
  { value: 1, label: '自然人' },
  { value: 2, label: '企业法人' },
  { value: 3, label: '事业法人' },
  { value: 4, label: '社会组织法人' },
  { value: 9, label: '其他组织' },
];

/** The options of a code whose values are its own names. */
const named = <V extends string>(values: readonly V[]): readonly Option<V>[] => values.map((value) => ({ value, label: value }));

/** 通办范围 */
export const REACHES = named<MatterSource['reach']>(['全国', '全省', '全市', '全县', '全镇']);

/** 时限单位 */
export const LIMIT_UNITS = named<MatterSource['legalLimit']['unit']>(['工作日', '自然日']);

/** 材料类型 */
export const MATERIAL_KINDS = named<Material['kind']>(['证件证书证明', '申请表格文书', '其他']);

/** 材料形式 */
export const MATERIAL_FORMS = named<Material['form']>(['纸质', '电子', '纸质/电子']);

/** 来源渠道 */
export const MATERIAL_SOURCES = named<Material['source']>(['申请人自备', '政府部门核发']);

/** 纸张规格 (optional) */
export const PAPER_SIZES = named<NonNullable<Material['paperSize']>>(['A4', 'A3', '其他']);

/** 必要性, in the words of the national standard (catalog office). */
export const NECESSITIES: readonly Option<Material['necessity']>[] = [
  { value: 'required', label: '必要' },
  { value: 'optional', label: '非必要' },
  { value: 'deferrable', label: '容缺后补' },
];

/** 必要性 in residents' words: the guide page and the exchange spreadsheet. */
export const NECESSITY_PLAIN = { required: '必须', optional: '非必须', deferrable: '容缺后补' } as const satisfies Record<
  Material['necessity'],
  string
>;

/** 结果类型 */
export const RESULT_TYPES = named<MatterSource['result']['type']>(['证照', '批文', '其他', '无']);

/** 送达方式 */
export const DELIVERIES = named<MatterSource['result']['delivery'][number]>(['窗口领取', '邮寄送达', '电子证照', '短信通知', '无需送达']);

/** Types of an application form field. */
export const FORM_FIELD_TYPES: readonly Option<FormField['type']>[] = [
  { value: 'text', label: '单行文本' },
  { value: 'textarea', label: '多行文本' },
  { value: 'number', label: '数字' },
  { value: 'date', label: '日期' },
  { value: 'idNumber', label: '身份证号' },
  { value: 'phone', label: '手机号' },
  { value: 'select', label: '单选' },
  { value: 'multiselect', label: '多选' },
  { value: 'region', label: '地区' },
];

/** 主题分类 (服务主题): the life events, one to three per matter. */
export const TOPICS = named<MatterSource['topics'][number]>([
  '生育收养', '户籍身份', '教育', '就业创业', '社会保障', '医疗卫生', '养老服务', '残疾人', '婚姻登记', '住房保障',
  '农业农村', '市场主体', '社会救助', '优待抚恤', '交通出行', '公共安全', '法律服务', '水电气暖', '死亡殡葬', '文化旅游',
  '生态环境', '税费缴纳', '劳动维权', '证件办理',
]);

// ---------------------------------------------------------------------------------------------------------
// Status words

/** 事项状态 of a draft. */
export const MATTER_STATUSES = named(['在用', '暂停', '取消'] as const);

/** The publishing rules by their ids (src-server/catalog/quality-rules.ts, src-shared/catalog/source-rules.ts). */
export const RULE_LABELS: Record<string, string> = {
  complete: '内容完整',
  limits: '办结时限',
  instant: '即办件',
  online: '网上办理',
  codes: '编码',
  steps: '办理流程',
  aliases: '别名',
  form: '表单',
  situations: '办理情形',
  unique: '名称编码唯一',
  delegation: '下放记录',
  level: '行使层级',
  basis: '设定依据',
  materials: '申请材料',
};

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule;
}

/** The label of `value` among `options`, or the value itself ('' for none). */
export function optionLabel<V extends string | number>(options: readonly Option<V>[], value: unknown): string {
  const found = options.find((o) => o.value === value);
  return found ? found.label : value === undefined || value === null ? '' : String(value);
}

// ---------------------------------------------------------------------------------------------------------
// The exchange spreadsheet (src-server/catalog/spreadsheet.ts): the column headings catalog offices know

/** Sheet 事项: one column per guide field, named as the field except where the exchange format says otherwise. */
export const MATTER_SHEET_HEADERS = {
  ...FIELD_LABELS,
  key: '标识',
  acceptedAt: '受理层级',
  topics: '服务主题',
  visits: '到现场次数',
  fees: '收费项目',
  form: '申请表单（JSON）',
  hotline: '咨询热线',
} as const;

/** Sheet 材料: one column per material field. */
export const MATERIAL_SHEET_HEADERS = {
  ...MATERIAL_FIELD_LABELS,
  paperSize: '纸质规格',
  blankForm: '空白表格',
  sampleForm: '示例样表',
} as const;

/** Sheet names, and the columns naming the department of a matter. */
export const SHEET_NAMES = { matters: '事项', situations: '情形', materials: '材料' } as const;
export const DEPARTMENT_COLUMNS = { code: '部门代码', name: '部门名称' } as const;
