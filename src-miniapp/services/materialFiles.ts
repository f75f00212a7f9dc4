import Taro from '@tarojs/taro'

import { errorFromResponse, networkError } from './errors'
import type { PickedFile } from './files'
import { buildUrl, request, resolveApiBase } from './http'
import { badResponse } from './identity'
import { shouldEndSession } from './sessionStore'
import { session } from './store'
import type { Paged } from '@shared/contracts/catalog-admin'
import type { MyMaterial, Upload } from './types'

/**
 * Material files beside ./uploads (which sends one): photos taken or chosen on the phone, 我的材料 (files uploaded
 * before), and stored files read back with the token (an <Image> cannot send one) as a local URL — a blob: URL on
 * H5, a temporary file on the mini-program — to show, zoom or open.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * Photos from the album or the camera (./uploads compresses them on the mini-program before they are sent).
 * Cancelling answers [].
 */
export async function choosePhotos(source: 'album' | 'camera', count = 9): Promise<PickedFile[]> {
  let chosen: Taro.chooseImage.SuccessCallbackResult
  try {
    chosen = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: [source] })
  } catch {
    return []
  }
  const files: PickedFile[] = []
  for (const [i, f] of chosen.tempFiles.entries()) {
    const original = (f as { originalFileObj?: File }).originalFileObj
    if (process.env.TARO_ENV === 'h5') {
      files.push({ name: original?.name ?? `照片${i + 1}.jpg`, size: f.size, file: original })
      continue
    }
    files.push({ name: f.path.split('/').pop() || `照片${i + 1}.jpg`, size: f.size, path: f.path })
  }
  return files
}

/**
 * PDF files (a scanned certificate, a form filled on a computer). On the mini-program WeChat picks files from a
 * chat (wx.chooseMessageFile: the way a PDF reaches a phone in WeChat); on H5 the browser's file dialog. Cancelling
 * answers [].
 */
export async function choosePdfs(count = 9): Promise<PickedFile[]> {
  if (process.env.TARO_ENV === 'h5') return pickInBrowser('application/pdf,.pdf', count)
  try {
    const chosen = await Taro.chooseMessageFile({ count, type: 'file', extension: ['pdf'] })
    return chosen.tempFiles.map((f) => ({ name: f.name, size: f.size, path: f.path }))
  } catch {
    return []
  }
}

/** The browser's file dialog (Taro's H5 has no chooseMessageFile): resolves with the files chosen, [] if none. */
function pickInBrowser(accept: string, count: number): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.multiple = count > 1
    input.style.display = 'none'
    const done = (files: PickedFile[]) => {
      input.remove()
      resolve(files)
    }
    input.onchange = () => done(Array.from(input.files ?? []).slice(0, count).map((f) => ({ name: f.name, size: f.size, file: f })))
    input.oncancel = () => done([])
    document.body.appendChild(input)
    input.click()
  })
}

/** `GET /api/uploads/mine`: 我的材料, newest first, with the cases each file was used for. */
export async function listMyMaterials(page = 1, pageSize = 50): Promise<Paged<MyMaterial>> {
  const data = await request<unknown>('/api/uploads/mine', { query: { page, pageSize } })
  if (!isObject(data) || !Array.isArray(data.items)) throw badResponse()
  return data as unknown as Paged<MyMaterial>
}

export type FilePart = 'original' | 'preview'

const filePath = (id: string, part: FilePart) => `/api/uploads/${encodeURIComponent(id)}${part === 'preview' ? '/preview' : ''}`

/** Local copies already fetched in this app run (a file never changes). */
const localCopies = new Map<string, Promise<string>>()

async function fetchLocal(id: string, part: FilePart): Promise<string> {
  const url = buildUrl(resolveApiBase(), filePath(id, part))
  const token = session.token()
  const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {}
  if (process.env.TARO_ENV === 'h5') {
    let response: Response
    try {
      response = await fetch(url, { headers: header })
    } catch (err) {
      throw networkError(err)
    }
    if (!response.ok) {
      const text = await response.text()
      let body: unknown = text
      try {
        body = JSON.parse(text)
      } catch {
        // not JSON
      }
      const error = errorFromResponse(response.status, body)
      if (shouldEndSession(error, token)) session.rejected(token)
      throw error
    }
    return URL.createObjectURL(await response.blob())
  }
  let result: { statusCode: number; tempFilePath: string }
  try {
    result = await Taro.downloadFile({ url, header })
  } catch (err) {
    throw networkError(err)
  }
  if (result.statusCode < 200 || result.statusCode >= 300) {
    const error = errorFromResponse(result.statusCode, undefined)
    if (shouldEndSession(error, token)) session.rejected(token)
    throw error
  }
  return result.tempFilePath
}

/** A URL an <Image> (or the PDF viewer) can open for a stored file; fetched once per app run. */
export function localFileUrl(id: string, part: FilePart): Promise<string> {
  const key = `${id}:${part}`
  let copy = localCopies.get(key)
  if (!copy) {
    copy = fetchLocal(id, part)
    localCopies.set(key, copy)
    // A failure is not kept: the next look asks again.
    copy.catch(() => localCopies.delete(key))
  }
  return copy
}

/**
 * Opens a material file: an image full screen with zoom (Taro.previewImage, swiping through `images`); a PDF in
 * WeChat's document viewer on the mini-program, in a new browser tab on H5.
 */
export async function openFile(file: Pick<Upload, 'id' | 'mime'>, images: readonly Pick<Upload, 'id' | 'mime'>[] = [file]): Promise<void> {
  if (file.mime === 'application/pdf') {
    const local = await localFileUrl(file.id, 'original')
    if (process.env.TARO_ENV === 'h5') {
      window.open(local, '_blank', 'noopener')
      return
    }
    await Taro.openDocument({ filePath: local, fileType: 'pdf', showMenu: true })
    return
  }
  const shown = images.filter((f) => f.mime !== 'application/pdf')
  const urls = await Promise.all(shown.map((f) => localFileUrl(f.id, 'original')))
  const current = urls[shown.findIndex((f) => f.id === file.id)] ?? urls[0]
  await Taro.previewImage({ urls, current })
}
