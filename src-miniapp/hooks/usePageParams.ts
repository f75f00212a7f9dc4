import { useRouter } from '@tarojs/taro'

import { decodeParam } from '../navigation'

/** The page's query values by name (`?id=&name=`), decoded (see decodeParam); a missing one is ''. */
export function usePageParams<K extends string>(...names: K[]): Record<K, string> {
  const { params } = useRouter()
  return Object.fromEntries(names.map((name) => [name, decodeParam(params[name])])) as Record<K, string>
}
