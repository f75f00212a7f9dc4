import { jsonErrorText } from '@shared/validation/json-error'

/**
 * How the draft editor's controls read and write values of the guide: text boxes hold text, so numbers and
 * optional fields are converted on the way in and out. Unit-tested in tests/miniapp/draft-editor.test.ts.
 */

/** What an input shows for a value (numbers as digits; anything else that is not text as ''). */
export function textOf(value: unknown): string {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' ? value : ''
}

/**
 * What a number input stores: a whole number as a number; anything else as the text itself, so the control
 * keeps showing it and the check before saving names it (see localProblems). An empty optional number is
 * left out (undefined).
 */
export function numberFromText(text: string, optional = false): number | string | undefined {
  const trimmed = text.trim()
  if (trimmed === '' && optional) return undefined
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : text
}

/** An optional text: empty means left out. */
export function optionalText(text: string): string | undefined {
  return text.trim() === '' ? undefined : text
}

/** Add a tag (别名, 关键词) unless it is empty or already there. */
export function addTag(tags: readonly string[], text: string): string[] {
  const tag = text.trim()
  if (!tag || tags.includes(tag)) return [...tags]
  return [...tags, tag]
}

/** Toggle a value of a multiple choice (受理地点, 办理形式, 送达方式), keeping the options' order. */
export function toggleValue<V extends string | number>(values: readonly V[], value: V, order: readonly V[]): V[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value]
  return [...next].sort((a, b) => order.indexOf(a) - order.indexOf(b))
}

/** The JSON box's text of the whole guide. */
export function contentToJson(content: Record<string, unknown>): string {
  return JSON.stringify(content, null, 2)
}

export type JsonParse = { ok: true; content: Record<string, unknown> } | { ok: false; message: string }

/** The JSON box's text as the whole guide: a JSON object, or why not. */
export function parseContentJson(text: string): JsonParse {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { ok: false, message: jsonErrorText(text, err) }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'JSON 应为一个对象（{…}），即整份办事指南' }
  }
  return { ok: true, content: value as Record<string, unknown> }
}
