// Renderer-free rules of the service-place admin page (admin/places): the checks the server makes again, and how a
// record reads when nothing was entered (the guide then shows 12345, never an invented number).

/** The phone forms the server accepts: 0372-1234567 (with extension), a mobile, a 5-digit line, 400-123-4567. */
const PHONE = /^(0\d{2,3}-\d{7,8}(-\d{1,6})?|1\d{10}|\d{5}|400-\d{3}-\d{4})$/

/** An empty box clears the field (暂未登记). */
export const blankToNull = (value: string): string | null => (value.trim() ? value.trim() : null)

export function checkPhone(value: string): string | undefined {
  const v = value.trim()
  if (!v) return undefined
  return PHONE.test(v) ? undefined : '电话格式应为 0372-1234567、11 位手机号、5 位服务热线或 400-123-4567'
}

export function checkText(value: string, what: string): string | undefined {
  const v = value.trim()
  if (!v) return undefined
  if (v.length < 2) return `${what}太短`
  return v.length > 200 ? `${what}不超过 200 字` : undefined
}

export const shownOrMissing = (value: string | null, what: string) => value ?? `${what}暂未登记`

/** One line about who serves a village: its own station, or the station of a neighbour (seeded rows say so). */
export function stationLine(s: { hasStation: boolean; stationName: string; seededByRule: boolean }): string {
  const who = s.hasStation ? '本村（社区）设站' : `由${s.stationName}服务`
  return s.seededByRule ? `${who}（按规则生成，待县区核实）` : who
}
