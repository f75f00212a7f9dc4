import { caseStepIndex, caseSteps, isEnded, type CaseStatus } from '@shared/applications/state-machine'

import type { Application, ApplicationSummary, CaseMaterial, CorrectionItem, TimelineEntry } from '../services/types'

/**
 * Renderer-free wording of a case (办件) for the resident's tracking pages and the clerk's workbench: the step bar,
 * the promised date, the timeline, flags and the correction request. Unit-tested in tests/miniapp/case-view.test.ts.
 */

// ---------------------------------------------------------------------------------------------------------
// Dates: the server answers instants in UTC (…Z) and days as YYYY-MM-DD; people read Anyang's time.

const CHINA_OFFSET_MS = 8 * 3600 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

/** 2026-12-07T02:05:00Z → 2026-12-07 10:05 (Asia/Shanghai, no daylight saving). */
export function chinaDateTime(iso: string): string {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return iso
  const d = new Date(t + CHINA_OFFSET_MS)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** 2026-12-14 → 2026年12月14日. */
export function dayText(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day
}

// ---------------------------------------------------------------------------------------------------------
// Status

export type Tone = 'info' | 'warn' | 'success' | 'danger' | 'muted'

/** The colour of a status tag: waiting (info), the resident's turn (warn), done well, refused, withdrawn. */
export function statusTone(status: CaseStatus): Tone {
  switch (status) {
    case 'correction':
    case 'special':
      return 'warn'
    case 'finished':
      return 'success'
    case 'denied':
    case 'rejected':
      return 'danger'
    case 'withdrawn':
      return 'muted'
    default:
      return 'info'
  }
}

export interface StepView {
  label: string
  state: 'done' | 'current' | 'todo'
}

/**
 * The step bar 提交 → 受理 → 办理 → 办结. A case that ended otherwise (不予受理, 不予许可, 已撤回) shows that word in
 * the last step; an ended case has every step done.
 */
export function stepBar(status: CaseStatus, statusLabel: string): StepView[] {
  const current = caseStepIndex(status)
  const ended = isEnded(status)
  return caseSteps.map((label, i) => ({
    label: i === caseSteps.length - 1 && ended && status !== 'finished' ? statusLabel : label,
    state: ended || i < current ? 'done' : i === current ? 'current' : 'todo'
  }))
}

// ---------------------------------------------------------------------------------------------------------
// The promised date

export const ESTIMATED_NOTE = '暂按工作日估算'

export interface PromiseView {
  label: string
  /** e.g. 2026年12月14日前 */
  value: string
  /** Fine print: the clock is paused, counted as accepted by law, estimated… */
  notes: string[]
}

/** What the resident is promised now: the 受理 deadline before 受理, the finish date after it, the end when ended. */
export function promiseView(app: Pick<Application, 'status' | 'clock' | 'instant' | 'endedAt' | 'statusLabel'>): PromiseView {
  const { clock } = app
  const notes: string[] = []
  if (clock.estimated) notes.push(`日期${ESTIMATED_NOTE}（当年法定节假日安排尚未公布）`)
  if (isEnded(app.status)) {
    return { label: app.statusLabel, value: app.endedAt ? chinaDateTime(app.endedAt) : '', notes: [] }
  }
  if (clock.paused) notes.push(app.status === 'correction' ? '补正期间暂停计时，补齐材料后继续' : '特别程序期间暂停计时，所需时间不计入办理时限')
  if (app.status === 'submitted' || app.status === 'correction') {
    if (clock.deemedAccepted) notes.push('已超过 5 个工作日未受理，依法视为自收到申请之日起受理（行政许可法第三十二条）')
    return { label: '受理期限', value: `${dayText(clock.acceptDue)}前`, notes }
  }
  if (app.instant) return { label: '承诺办结', value: '即办件，当日办结', notes }
  return { label: '承诺办结', value: clock.finishDue ? `${dayText(clock.finishDue)}前` : '受理后计算', notes }
}

/** The clock flag in words and tone (list rows and the workbench). */
export function flagView(flag: ApplicationSummary['flag'] | Application['clock']['flag']): { text: string; tone: Tone } | null {
  switch (flag) {
    case 'warning':
      return { text: '即将超期（受理）', tone: 'warn' }
    case 'alarm':
      return { text: '受理超期', tone: 'danger' }
    case 'yellow':
      return { text: '即将超期', tone: 'warn' }
    case 'red':
      return { text: '已超期', tone: 'danger' }
    default:
      return null
  }
}

// ---------------------------------------------------------------------------------------------------------
// Timeline

export interface TimelineRow {
  key: string
  at: string
  title: string
  note: string
  actor: string
  /** Staff only: the routing reason, an internal note. */
  internalNote: string
}

/** Newest first, as people read a parcel's tracking. */
export function timelineRows(timeline: readonly TimelineEntry[]): TimelineRow[] {
  return timeline
    .map((e, i) => ({
      key: `${i}-${e.action}`,
      at: chinaDateTime(e.at),
      title: e.actionLabel,
      note: e.note ?? '',
      actor: e.actor,
      internalNote: e.internalNote ?? ''
    }))
    .reverse()
}

// ---------------------------------------------------------------------------------------------------------
// Correction (补正)

export type CorrectionEntry = CorrectionItem & { label: string }

/** The key of a correction item (its material or form field). */
export function correctionKey(item: CorrectionItem): string {
  return item.kind === 'material' ? `material:${item.materialId}` : `field:${item.field}`
}

/** Files of a material in its latest round (what the clerk looks at now); older rounds stay listed apart. */
export function latestFiles(material: CaseMaterial): { current: CaseMaterial['files']; earlier: CaseMaterial['files'] } {
  const last = material.files.reduce((max, f) => Math.max(max, f.round), 0)
  return { current: material.files.filter((f) => f.round === last), earlier: material.files.filter((f) => f.round !== last) }
}

// ---------------------------------------------------------------------------------------------------------
// Lists

/** The second line of a row of 我的办件 or a queue: 办件编号 · submitted at. */
export function summaryLine(item: Pick<ApplicationSummary, 'receiptNo' | 'submittedAt'>): string {
  return `${item.receiptNo} · ${chinaDateTime(item.submittedAt)} 提交`
}

/** The due date of a list row: 「12月14日前受理」 before 受理, 「12月30日前办结」 after. */
export function dueText(item: Pick<ApplicationSummary, 'status' | 'dueDate' | 'estimated'>): string {
  if (!item.dueDate || isEnded(item.status)) return ''
  const verb = item.status === 'submitted' || item.status === 'correction' ? '受理' : '办结'
  return `${dayText(item.dueDate)}前${verb}${item.estimated ? `（${ESTIMATED_NOTE}）` : ''}`
}

/** Who filed the case, for the clerk: 本人 / 亲情代办 / 村站代办. */
export const FILED_AS_LABELS: Record<Application['filedAs'], string> = {
  self: '本人申请',
  family: '亲情代办',
  station: '便民服务站代办'
}
