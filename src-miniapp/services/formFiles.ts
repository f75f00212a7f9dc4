import Taro from '@tarojs/taro'

import { errorFromResponse, networkError } from './errors'
import { buildUrl, resolveApiBase } from './http'

/** 空白表格 or 填写样表 of a material. */
export type FormKind = 'blank' | 'sample'

/** The public, per-version address of a material's form (`GET /api/matters/:id/forms/:materialId/:kind`). */
export function formFileUrl(matterId: string, materialId: string, kind: FormKind, version: number): string {
  return buildUrl(resolveApiBase(), `/api/matters/${matterId}/forms/${materialId}/${kind}`, { version })
}

/**
 * Opens the form the guide offers: on H5 in a new tab (the browser shows or saves the PDF); on the mini-program
 * downloaded, then a PDF in WeChat's document viewer and an image full screen.
 */
export async function openFormFile(matterId: string, materialId: string, kind: FormKind, version: number): Promise<void> {
  const url = formFileUrl(matterId, materialId, kind, version)
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return
  }
  let result: { statusCode: number; tempFilePath: string }
  try {
    result = await Taro.downloadFile({ url })
  } catch (err) {
    throw networkError(err)
  }
  if (result.statusCode < 200 || result.statusCode >= 300) throw errorFromResponse(result.statusCode, undefined)
  if (/\.(png|jpe?g)$/i.test(result.tempFilePath)) await Taro.previewImage({ urls: [result.tempFilePath] })
  else await Taro.openDocument({ filePath: result.tempFilePath, fileType: 'pdf', showMenu: true })
}
