import type { Option } from '../ui/controls'

/**
 * Chinese names of the guide fields and code tables of the catalog authoring format
 * (src-shared/contracts/catalog-source.ts), for the admin pages. The contract modules import zod at run time,
 * so the tables they export are not imported here: these copies follow them (and catalog.md).
 * Renderer-free; unit-tested in tests/miniapp/.
 */

/** Top-level guide fields, as the catalog office names them. */
export const FIELD_LABELS: Record<string, string> = {
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
  status: '事项状态'
}

/** A field's name, or the key itself when it has none. */
export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key
}


export const MATTER_TYPES: Option<string>[] = [
  { value: '01', label: '行政许可' },
  { value: '05', label: '行政给付' },
  { value: '07', label: '行政确认' },
  { value: '08', label: '行政奖励' },
  { value: '09', label: '行政裁决' },
  { value: '10', label: '其他行政权力' },
  { value: '20', label: '公共服务' }
]

export const MATTER_LEVELS: Option<number>[] = [
  { value: 3, label: '市级' },
  { value: 4, label: '县级' },
  { value: 5, label: '乡镇（街道）级' },
  { value: 6, label: '村（社区）级' }
]

export const ACCEPTED_AT: Option<string>[] = [
  { value: 'village', label: '村（社区）便民服务站' },
  { value: 'township', label: '乡镇（街道）便民服务中心' },
  { value: 'county', label: '县级政务服务中心' },
  { value: 'city', label: '市级政务服务中心' }
]

export const CHANNELS: Option<number>[] = [
  { value: 1, label: '窗口' },
  { value: 2, label: '电脑端' },
  { value: 3, label: '移动端（掌上办）' },
  { value: 4, label: '快递' }
]

export const MATTER_KINDS: Option<number>[] = [
  { value: 1, label: '即办件' },
  { value: 2, label: '承诺件' }
]

export const ONLINE_DEPTHS: Option<number>[] = [
  { value: 1, label: 'Ⅰ 级' },
  { value: 2, label: 'Ⅱ 级' },
  { value: 3, label: 'Ⅲ 级' },
  { value: 4, label: 'Ⅳ 级（全程网办）' }
]

export const LIMIT_UNITS: Option<string>[] = [
  { value: '工作日', label: '工作日' },
  { value: '自然日', label: '自然日' }
]

export const MATERIAL_KINDS: Option<string>[] = [
  { value: '证件证书证明', label: '证件证书证明' },
  { value: '申请表格文书', label: '申请表格文书' },
  { value: '其他', label: '其他' }
]

export const MATERIAL_FORMS: Option<string>[] = [
  { value: '纸质', label: '纸质' },
  { value: '电子', label: '电子' },
  { value: '纸质/电子', label: '纸质/电子' }
]

export const NECESSITIES: Option<string>[] = [
  { value: 'required', label: '必要' },
  { value: 'optional', label: '非必要' },
  { value: 'deferrable', label: '容缺后补' }
]

export const MATERIAL_SOURCES: Option<string>[] = [
  { value: '申请人自备', label: '申请人自备' },
  { value: '政府部门核发', label: '政府部门核发' }
]

/** '' leaves the paper size out (it is optional). */
export const PAPER_SIZES: Option<string>[] = [
  { value: '', label: '不注明' },
  { value: 'A4', label: 'A4' },
  { value: 'A3', label: 'A3' },
  { value: '其他', label: '其他' }
]

export const RESULT_TYPES: Option<string>[] = [
  { value: '证照', label: '证照' },
  { value: '批文', label: '批文' },
  { value: '其他', label: '其他' },
  { value: '无', label: '无' }
]

export const DELIVERIES: Option<string>[] = [
  { value: '窗口领取', label: '窗口领取' },
  { value: '邮寄送达', label: '邮寄送达' },
  { value: '电子证照', label: '电子证照' },
  { value: '短信通知', label: '短信通知' },
  { value: '无需送达', label: '无需送达' }
]

export const FORM_FIELD_TYPES: Option<string>[] = [
  { value: 'text', label: '单行文本' },
  { value: 'textarea', label: '多行文本' },
  { value: 'number', label: '数字' },
  { value: 'date', label: '日期' },
  { value: 'idNumber', label: '身份证号' },
  { value: 'phone', label: '手机号' },
  { value: 'select', label: '单选' },
  { value: 'multiselect', label: '多选' },
  { value: 'region', label: '地区' }
]

export const BODY_NATURES: Option<number>[] = [
  { value: 1, label: '法定机关' },
  { value: 2, label: '授权组织' },
  { value: 3, label: '受委托组织' }
]

export const AUDIENCES: Option<number>[] = [
  { value: 1, label: '自然人' },
  { value: 2, label: '企业法人' },
  { value: 3, label: '事业法人' },
  { value: 4, label: '社会组织法人' },
  { value: 9, label: '其他组织' }
]

export const REACHES: Option<string>[] = ['全国', '全省', '全市', '全县', '全镇'].map((v) => ({ value: v, label: v }))

/** 主题分类 (TopicSchema): one to three per matter. */
export const TOPICS: Option<string>[] = [
  '生育收养', '户籍身份', '教育', '就业创业', '社会保障', '医疗卫生', '养老服务', '残疾人', '婚姻登记', '住房保障',
  '农业农村', '市场主体', '社会救助', '优待抚恤', '交通出行', '公共安全', '法律服务', '水电气暖', '死亡殡葬', '文化旅游',
  '生态环境', '税费缴纳', '劳动维权', '证件办理'
].map((v) => ({ value: v, label: v }))

export const MATTER_STATUSES: Option<string>[] = [
  { value: '在用', label: '在用' },
  { value: '暂停', label: '暂停' },
  { value: '取消', label: '取消' }
]

/** The label of `value` among `options`, or the value itself. */
export function optionLabel<V extends string | number>(options: readonly Option<V>[], value: unknown): string {
  const found = options.find((o) => o.value === value)
  return found ? found.label : value === undefined || value === null ? '' : String(value)
}

/** What the publishing rules are called in the problem list (rule ids of quality-rules.ts and source-rules.ts). */
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
  delegation: '下放记录'
}

export function ruleLabel(rule: string): string {
  return RULE_LABELS[rule] ?? rule
}

/** 「缺少：设定依据、受理条件」 for a draft's `missing` list; '' when nothing is missing. */
export function missingText(missing: readonly string[]): string {
  if (missing.length === 0) return ''
  return `缺少：${missing.map(fieldLabel).join('、')}`
}
