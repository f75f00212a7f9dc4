import Taro from '@tarojs/taro'

import { ApiError, errorFromResponse, networkError } from './errors'
import { buildUrl, resolveApiBase, type QueryValue } from './http'
import { shouldEndSession } from './sessionStore'
import { session } from './store'

/**
 * Files to and from the API, beside ./http (which speaks JSON only): multipart uploads and downloads that need
 * the staff token. H5 uses the browser directly (the server's CSP allows `connect-src 'self'` only, so Taro's
 * H5 uploadFile, which reads the file back through a blob: URL, is refused); the mini-program uses
 * Taro.uploadFile / Taro.downloadFile. Errors are ApiErrors as in ./http, and a 401 ends the session.
 */

/** A file the user chose: on H5 the browser's File, on the mini-program a temporary path. */
export interface PickedFile {
  name: string
  size: number
  file?: Blob
  path?: string
}

const UPLOAD_TIMEOUT_MS = 120_000

function parseBody(text: unknown): unknown {
  if (typeof text !== 'string') return text
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

function settle(status: number, body: unknown, token: string): unknown {
  if (status >= 200 && status < 300) return body
  const error = errorFromResponse(status, body)
  if (shouldEndSession(error, token)) session.rejected(token)
  throw error
}

function authHeader(token: string): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {}
}

/** POST `file` as multipart field `field`; resolves with the parsed JSON answer. */
export async function uploadFile(path: string, file: PickedFile, field = 'file'): Promise<unknown> {
  const url = buildUrl(resolveApiBase(), path)
  const token = session.token()
  const header = { Accept: 'application/json', ...authHeader(token) }

  if (process.env.TARO_ENV === 'h5') {
    if (!file.file) throw new ApiError({ status: 0, code: 'NO_FILE', message: '请先选择文件' })
    const form = new FormData()
    form.append(field, file.file, file.name)
    let response: Response
    try {
      response = await fetch(url, { method: 'POST', headers: header, body: form, signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS) })
    } catch (err) {
      throw networkError(err)
    }
    return settle(response.status, parseBody(await response.text()), token)
  }

  if (!file.path) throw new ApiError({ status: 0, code: 'NO_FILE', message: '请先选择文件' })
  let result: { statusCode: number; data: unknown }
  try {
    result = await Taro.uploadFile({
      url,
      filePath: file.path,
      name: field,
      header,
      // The name the user sees; the temporary path may not end with it.
      formData: { filename: file.name },
      timeout: UPLOAD_TIMEOUT_MS
    })
  } catch (err) {
    throw networkError(err)
  }
  return settle(result.statusCode, parseBody(result.data), token)
}

/** The file name of a `Content-Disposition: attachment; filename="…"` (or filename*=UTF-8''…) header. */
export function dispositionName(header: string | null | undefined): string | null {
  if (!header) return null
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''))
    } catch {
      // fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header)
  return plain ? plain[1].trim() : null
}

/**
 * GET a file that needs the token and hand it to the user: H5 saves it (a download through an object URL);
 * the mini-program opens an Excel file with its document viewer (from where it can be forwarded), and
 * explains that other files are downloaded on a computer.
 */
export async function downloadFile(path: string, query: Record<string, QueryValue>, fallbackName: string): Promise<void> {
  const url = buildUrl(resolveApiBase(), path, query)
  const token = session.token()

  if (process.env.TARO_ENV === 'h5') {
    let response: Response
    try {
      response = await fetch(url, { headers: authHeader(token), signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS) })
    } catch (err) {
      throw networkError(err)
    }
    if (!response.ok) settle(response.status, parseBody(await response.text()), token)
    const blob = await response.blob()
    const name = dispositionName(response.headers.get('Content-Disposition')) ?? fallbackName
    const href = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = href
    link.download = name
    link.style.display = 'none'
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(href), 10_000)
    return
  }

  if (!fallbackName.endsWith('.xlsx')) {
    throw new ApiError({ status: 0, code: 'UNSUPPORTED', message: '小程序中只能打开 Excel 文件，JSON 和 CSV 请在电脑浏览器中下载' })
  }
  let result: { statusCode: number; tempFilePath: string }
  try {
    result = await Taro.downloadFile({ url, header: authHeader(token) })
  } catch (err) {
    throw networkError(err)
  }
  settle(result.statusCode, undefined, token)
  await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'xlsx', showMenu: true })
}

/** The mini-program's way to pick a file: one from a chat (WeChat has no file browser). */
export async function chooseChatFile(extensions: string[]): Promise<PickedFile | null> {
  try {
    const result = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
    const chosen = result.tempFiles[0]
    return chosen ? { name: chosen.name, size: chosen.size, path: chosen.path } : null
  } catch {
    // cancelled
    return null
  }
}
