import type { Guide, GuideMaterial } from '../services/types'

/**
 * Renderer-free wording of the guide page (办事指南): key facts, materials, steps, phones, written the way
 * residents read them (GOV.UK: plain words, the answer first). Unit-tested in tests/miniapp/guide-view.test.ts.
 */

type Limit = Guide['promiseLimit']
type Necessity = GuideMaterial['necessity']

// ---------------------------------------------------------------------------------------------------------
// Days

/** e.g. 8 个工作日, 30 个自然日. */
export function daysText(value: number, unit: string = '工作日'): string {
  return `${value} 个${unit || '工作日'}`
}

/** 承诺办结时限: 即办件 are done on the spot. */
export function promiseText(guide: Pick<Guide, 'instant' | 'promiseLimit'>): string {
  if (guide.instant || guide.promiseLimit.value === 0) return '即办件，当场办结'
  return daysText(guide.promiseLimit.value, guide.promiseLimit.unit)
}

/** 法定办结时限 (无: no law sets one; 0: the law asks for it on the spot). */
export function legalText(limit: Guide['legalLimit']): string {
  if (limit.none) return '无（法律法规未设定）'
  return limit.value === 0 ? '即时办结' : daysText(limit.value, limit.unit)
}

/** The short line under a matter's name in lists. */
export function promiseShortText(promiseDays: number, unit: Limit['unit'] = '工作日'): string {
  return promiseDays === 0 ? '即办件' : `承诺 ${promiseDays} 个${unit}内办结`
}

// ---------------------------------------------------------------------------------------------------------
// Key facts

export function visitsText(visits: number): string {
  return visits === 0 ? '0 次（不用到现场）' : `最多 ${visits} 次`
}

export const CHANNEL_NAMES: Record<number, string> = {
  1: '窗口办理',
  2: '网上办理（电脑）',
  3: '掌上办（手机）',
  4: '快递办理'
}

/** 办理形式, e.g. 窗口办理、网上办理（电脑）、掌上办（手机）. */
export function channelsText(channels: readonly number[]): string {
  const names = [...new Set(channels)]
    .sort((a, b) => a - b)
    .map((c) => CHANNEL_NAMES[c])
    .filter(Boolean)
  return names.length > 0 ? names.join('、') : '窗口办理'
}

/** 网上办理深度 Ⅰ–Ⅳ in words a resident acts on (what they can do online, how often they still go): no 深度Ⅲ. */
export const ONLINE_DEPTH_TEXT: Record<number, string> = {
  1: '网上可查看办事指南、下载表格，需到现场办理',
  2: '可网上预约、预审，再到现场办理',
  3: '可网上提交申请，到现场一次',
  4: '可全程网办，不用到现场'
}

export function onlineDepthText(depth: number): string {
  return ONLINE_DEPTH_TEXT[depth] ?? '不支持网上办理'
}

/** A fact's fine print, unless it only repeats the value (即时办结 / 即时办结). */
function noteBesides(value: string, note: string | undefined): string | undefined {
  const bare = (s: string) => s.replace(/[，。、\s（）()]/g, '')
  return note && !bare(value).includes(bare(note)) ? note : undefined
}

export interface FeeLine {
  name: string
  standard: string
  reducible: boolean
}

export interface FeesView {
  /** 不收费 / 收费. */
  text: string
  lines: FeeLine[]
}

export function feesView(guide: Pick<Guide, 'free' | 'fees'>): FeesView {
  if (guide.free || guide.fees.length === 0) return { text: '不收费', lines: [] }
  return {
    text: '收费',
    lines: guide.fees.map((f) => ({ name: f.name, standard: f.standard, reducible: f.reducible }))
  }
}

export interface KeyFact {
  /** Also a class name: `fact-<key>` (guide-promise for the promised time limit). */
  key: 'promise' | 'legal' | 'visits' | 'fees' | 'channels' | 'depth' | 'reach'
  label: string
  value: string
  /** Fine print under the value (e.g. what the time limit does not count). */
  note?: string
}

/** The facts box at the top of the guide: how long, how many trips, what it costs, how to apply. */
export function keyFacts(guide: Guide): KeyFact[] {
  const fees = feesView(guide)
  return [
    { key: 'promise', label: '承诺办结', value: promiseText(guide), note: noteBesides(promiseText(guide), guide.promiseLimit.note) },
    { key: 'legal', label: '法定办结', value: legalText(guide.legalLimit), note: noteBesides(legalText(guide.legalLimit), guide.legalLimit.note) },
    { key: 'visits', label: '到现场次数', value: visitsText(guide.visits) },
    { key: 'fees', label: '是否收费', value: fees.text },
    { key: 'channels', label: '办理形式', value: channelsText(guide.channels) },
    { key: 'depth', label: '网上办理', value: onlineDepthText(guide.onlineDepth) },
    { key: 'reach', label: '通办范围', value: guide.reach || '本县（市、区）' }
  ]
}

// ---------------------------------------------------------------------------------------------------------
// Materials

export const NECESSITY_LABELS: Record<Necessity, string> = {
  required: '必须',
  optional: '非必须',
  deferrable: '容缺后补'
}

export function necessityLabel(necessity: string): string {
  return NECESSITY_LABELS[necessity as Necessity] ?? '必须'
}

/** 原件 1 份、复印件 2 份; '' when neither is asked for (e.g. an electronic material). */
export function copiesText(material: Pick<GuideMaterial, 'originals' | 'copies'>): string {
  const parts: string[] = []
  if (material.originals > 0) parts.push(`原件 ${material.originals} 份`)
  if (material.copies > 0) parts.push(`复印件 ${material.copies} 份`)
  return parts.join('、')
}

/** 材料形式: 纸质, 电子, or either. */
export function formText(form: string): string {
  if (form === '纸质/电子') return '纸质或电子'
  return form || '纸质'
}

export interface MaterialView {
  id: string
  name: string
  necessity: Necessity
  necessityLabel: string
  copies: string
  form: string
  /** 政府部门核发 materials can usually be fetched by data sharing (the note says when). */
  source: string
  /** 空白表格 / 填写样表 offered at the window and here (the server keeps a file for each tag it shows). */
  templates: { label: string; kind: 'blank' | 'sample' }[]
  note: string
  acceptance: string
}

export function materialView(material: GuideMaterial): MaterialView {
  const templates: MaterialView['templates'] = []
  if (material.blankForm) templates.push({ label: '有空白表格', kind: 'blank' })
  if (material.sampleForm) templates.push({ label: '有填写样表', kind: 'sample' })
  const necessity = (NECESSITY_LABELS[material.necessity] ? material.necessity : 'required') as Necessity
  return {
    id: material.id,
    name: material.name,
    necessity,
    necessityLabel: NECESSITY_LABELS[necessity],
    copies: copiesText(material),
    form: formText(material.form),
    source: material.source,
    templates,
    note: material.note ?? '',
    acceptance: material.acceptance ?? ''
  }
}

export interface MaterialGroup {
  /** Heading of the group; '' when the matter has no situations (one plain list). */
  title: string
  materials: MaterialView[]
}

/**
 * The materials to prepare for one situation (办理情形): those every applicant brings, then those this situation
 * adds. Without situations (or with an unknown one), only the common list.
 */
export function materialGroups(guide: Pick<Guide, 'materials' | 'situations'>, situationId: string | null): MaterialGroup[] {
  const common = guide.materials.map(materialView)
  const situation = guide.situations.find((s) => s.id === situationId)
  if (guide.situations.length === 0 || !situation) return [{ title: '', materials: common }]
  const groups: MaterialGroup[] = [{ title: '所有情形都需要', materials: common }]
  if (situation.materials.length > 0) {
    groups.push({ title: `「${situation.name}」还需要`, materials: situation.materials.map(materialView) })
  }
  return groups.filter((g) => g.materials.length > 0)
}

/** e.g. 共 7 项，其中必须 6 项. */
export function materialsSummary(groups: readonly MaterialGroup[]): string {
  const all = groups.flatMap((g) => g.materials)
  const required = all.filter((m) => m.necessity === 'required').length
  if (all.length === 0) return '无需提交材料'
  return required === all.length ? `共 ${all.length} 项，均须提交` : `共 ${all.length} 项，其中必须提交 ${required} 项`
}

/** The situation chosen at first: the first one, or none when the matter has none. */
export function defaultSituation(guide: Pick<Guide, 'situations'>): string | null {
  return guide.situations[0]?.id ?? null
}

// ---------------------------------------------------------------------------------------------------------
// Steps

export interface StepView {
  index: number
  name: string
  description: string
  /** 1 个工作日, 当场, or 不计时. */
  time: string
  /** Special procedures (评定, 公示, 现场核查…) do not count toward the time limit. */
  counted: boolean
  note: string
}

export function stepViews(guide: Pick<Guide, 'steps' | 'legalLimit'>): StepView[] {
  const unit = guide.legalLimit.unit
  return guide.steps.map((step, i) => {
    const time = !step.counted ? '不计时' : step.days === 0 ? '当场' : daysText(step.days, unit)
    const note = step.counted
      ? ''
      : step.days > 0
        ? `特别程序，一般需 ${daysText(step.days, unit)}，不计入办结时限`
        : '特别程序，不计入办结时限'
    return { index: i + 1, name: step.name, description: step.description, time, counted: step.counted, note }
  })
}

// ---------------------------------------------------------------------------------------------------------
// Result, phones

/** e.g. 中华人民共和国残疾人证（窗口领取、邮寄送达、电子证照）. */
export function resultText(result: Guide['result']): string {
  const delivery = result.delivery.length > 0 ? `（${result.delivery.join('、')}）` : ''
  if (!result.name || result.type === '无') return result.delivery.length > 0 ? `办结后${result.delivery.join('、')}` : '无'
  return `${result.name}${delivery}`
}

export interface PhoneNumber {
  label: string
  /** As printed, e.g. 0372-5136101. */
  text: string
  /** Digits only, for Taro.makePhoneCall. */
  dial: string
}

/**
 * The numbers in a phone field: `0372-5136101，12385` is the window's number and the department's hotline.
 * Anything that is not a number is dropped.
 */
export function phoneNumbers(field: string, labels: readonly string[] = ['咨询电话', '服务热线']): PhoneNumber[] {
  return field
    .split(/[，,、;；/\s]+/)
    .map((part) => part.trim())
    .filter((part) => /\d{3,}/.test(part))
    .map((text, i) => ({
      label: labels[Math.min(i, labels.length - 1)] ?? '电话',
      text,
      dial: text.replace(/[^\d+]/g, '')
    }))
}

/** Matters that can be handled on the phone (办理形式 includes 移动端), as the server counts 掌上办. */
export function isHandheldGuide(guide: Pick<Guide, 'channels'>): boolean {
  return guide.channels.includes(3)
}

/**
 * What the bottom button does: a matter that cannot be handled on the phone points to the window ('window');
 * a handheld one asks a resident who is not signed in to log in first ('login'), and otherwise opens the apply
 * wizard ('apply'). A station clerk (`files`) opens the wizard for any matter: 代办 for the person at the window.
 */
export type ApplyAction = 'window' | 'login' | 'apply'

export function applyAction(handheld: boolean, signedIn: boolean, files = false): ApplyAction {
  if (files) return 'apply'
  if (!handheld) return 'window'
  return signedIn ? 'apply' : 'login'
}
