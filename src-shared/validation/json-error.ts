/**
 * Why a text is not JSON, in Chinese with the line and column a person can find in their editor, instead of the
 * parser's English (「Expected double-quoted property name in JSON at position 7」). Engines word their messages
 * differently: the position (V8: "at position N"; newer: "(line L column C)") is all that is read from them.
 * Plain code without zod: the mini-program and the server both use it.
 */
export function jsonErrorText(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lineColumn = /line (\d+) column (\d+)/i.exec(message)
  const at = positionOf(text, message)
  let where = ''
  if (lineColumn) where = `第 ${lineColumn[1]} 行第 ${lineColumn[2]} 列附近`
  else if (at !== null) {
    const before = text.slice(0, at)
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    where = `第 ${line} 行第 ${column} 列附近`
  }
  if (/end of (JSON )?(data|input)/i.test(message) || (!where && text.trim().length > 0 && /unterminated|end/i.test(message))) {
    return 'JSON 格式有误：内容不完整，结尾可能缺少 }、] 或引号'
  }
  return where
    ? `JSON 格式有误：${where}有多余或缺少的符号（如逗号、引号、冒号、括号）`
    : 'JSON 格式有误：内容应以 { 开头，名称和文字都要用英文双引号括起来'
}

/**
 * The offset of the error: "at position N", or V8's excerpt (`Unexpected token ']', ..."ters": [1,]" is not valid
 * JSON`: the token, shown 10 characters into an excerpt that starts with "..." when the text goes on before it).
 */
function positionOf(text: string, message: string): number | null {
  const position = /position (\d+)/i.exec(message)
  if (position) return Number(position[1])
  const excerpt = /Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(message)
  if (!excerpt) return null
  const [, token, cut, snippet] = excerpt
  if (cut) {
    const start = text.indexOf(snippet)
    return start < 0 ? null : start + 10
  }
  const found = text.indexOf(token)
  return found < 0 ? null : found
}
