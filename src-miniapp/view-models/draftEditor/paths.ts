/**
 * The guide as the draft editor holds it: one JSON object in the authoring format (MatterSourceSchema), read and
 * written one path at a time, so what has no control (事项标识, anything a later version of the format adds) is
 * sent back untouched. Unit-tested in tests/miniapp/draft-editor.test.ts.
 */

export type Content = Record<string, unknown>
export type PathSegment = string | number
export type Path = PathSegment[]

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** 'content.materials.2.name' (or 'content/materials/2/name') → ['materials', 2, 'name']. */
export function parsePath(field: string): Path {
  const parts = field.split(/[./]/).filter((p) => p !== '')
  if (parts[0] === 'content') parts.shift()
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p))
}

/** ['materials', 2, 'name'] → 'materials.2.name': the id of a control. */
export function pathKey(path: readonly PathSegment[]): string {
  return path.join('.')
}

/** The value at `path`, or undefined. */
export function getAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === 'number') current = current[segment]
    else if (isRecord(current) && typeof segment === 'string') current = current[segment]
    else return undefined
  }
  return current
}

/**
 * A copy of `value` with `path` set to `next` (undefined removes an object key). Everything else keeps its
 * identity and key order; missing objects and arrays on the way are created.
 */
export function setAt<T>(value: T, path: readonly PathSegment[], next: unknown): T {
  if (path.length === 0) return next as T
  const [head, ...rest] = path
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...(value as unknown[])] : []
    list[head] = setAt(list[head], rest, next)
    return list as unknown as T
  }
  const record: Record<string, unknown> = isRecord(value) ? { ...value } : {}
  const child = setAt(record[head], rest, next)
  if (child === undefined) delete record[head]
  else record[head] = child
  return record as T
}

/** The array at `path` (an empty one when there is none yet, e.g. in an imported draft). */
export function listAt(value: unknown, path: readonly PathSegment[]): unknown[] {
  const list = getAt(value, path)
  return Array.isArray(list) ? list : []
}

export function addItem<T>(value: T, path: readonly PathSegment[], item: unknown): T {
  return setAt(value, path, [...listAt(value, path), item])
}

export function removeItem<T>(value: T, path: readonly PathSegment[], index: number): T {
  return setAt(
    value,
    path,
    listAt(value, path).filter((_, i) => i !== index)
  )
}

/** Move item `index` one place up (-1) or down (+1); out of range changes nothing. */
export function moveItem<T>(value: T, path: readonly PathSegment[], index: number, step: -1 | 1): T {
  const list = [...listAt(value, path)]
  const target = index + step
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return value
  ;[list[index], list[target]] = [list[target], list[index]]
  return setAt(value, path, list)
}

/** Every concrete path of a pattern in `content` ('#' = every index): 'steps.#.days' → steps.0.days, steps.1.days… */
export function expandPattern(content: unknown, pattern: readonly string[], prefix: Path = []): Path[] {
  if (pattern.length === 0) return [prefix]
  const [head, ...rest] = pattern
  if (head === '#') {
    return listAt(content, prefix).flatMap((_, i) => expandPattern(content, rest, [...prefix, i]))
  }
  return expandPattern(content, rest, [...prefix, head])
}
