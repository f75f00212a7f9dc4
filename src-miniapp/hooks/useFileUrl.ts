import { localFileUrl, type FilePart } from '../services/materialFiles'
import { useApi, type ApiState } from './useApi'

/** A local URL (blob: on H5, a temporary file on the mini-program) of a stored file, for an <Image>. */
export function useFileUrl(id: string | null, part: FilePart): ApiState<string> {
  return useApi(id ? ['file', id, part] : null, () => localFileUrl(id!, part))
}
