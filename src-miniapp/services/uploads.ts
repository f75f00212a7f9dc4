import Taro from '@tarojs/taro'

import type { Upload } from '@shared/contracts/applications'
import { ApiError } from './errors'
import { uploadFile, type PickedFile } from './files'
import { badResponse } from './identity'

/**
 * Material files (`POST /api/uploads`): JPG, PNG or PDF up to 10 MB, recognised by the server from their content.
 * On the mini-program a JPEG photo is compressed first (quality 80): a phone photo of 3–8 MB becomes a few hundred
 * KB that still reads clearly, which saves the resident's data and the wait on a weak signal.
 */

export type { Upload }

const MAX_BYTES = 10 * 1024 * 1024
const isJpeg = (name: string) => /\.jpe?g$/i.test(name)

function isUpload(value: unknown): value is Upload {
  const u = value as Partial<Upload> | null
  return typeof u === 'object' && u !== null && typeof u.id === 'string' && typeof u.mime === 'string' && typeof u.sha256 === 'string'
}

/** A JPEG photo compressed on the phone; the original when compressing is not possible (H5, an old base library). */
async function compressed(file: PickedFile): Promise<PickedFile> {
  if (process.env.TARO_ENV !== 'weapp' || !file.path || !isJpeg(file.path || file.name)) return file
  try {
    const { tempFilePath } = await Taro.compressImage({ src: file.path, quality: 80 })
    return { ...file, path: tempFilePath }
  } catch {
    return file
  }
}

/** Uploads one material file and resolves with the server's record of it (id to give with the application). */
export async function uploadMaterial(file: PickedFile): Promise<Upload> {
  // A photo usually shrinks below the limit when compressed; anything else over it is refused before sending.
  if (file.size > MAX_BYTES && !isJpeg(file.name)) {
    throw new ApiError({ status: 413, code: 'payload_too_large', message: '文件不能超过 10 MB' })
  }
  const answer = await uploadFile('/api/uploads', await compressed(file))
  if (!isUpload(answer)) throw badResponse()
  return answer
}
