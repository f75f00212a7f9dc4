import { Button, Text, View } from '@tarojs/components'

import { goHome } from '../navigation'
import { errorAction, type ApiError } from '../services/errors'
import './LoadError.css'

interface LoadErrorProps {
  error: ApiError
  /** Called by 「重试」, which is shown only when asking again can help (see errorAction). */
  onRetry: () => void
  /** On the home page a failure that retrying cannot fix offers no 「返回首页」. */
  onHomePage?: boolean
}

/** A failed load: the error's message plus 「重试」 or 「返回首页」. Class names are used by browser tests. */
export default function LoadError({ error, onRetry, onHomePage = false }: LoadErrorProps) {
  const action = errorAction(error, { onHomePage })

  return (
    <View className='load-error'>
      <Text className='load-error-message'>{error.message}</Text>
      {action === 'retry' ? (
        <Button className='retry-button' size='mini' onClick={onRetry}>
          重试
        </Button>
      ) : null}
      {action === 'home' ? (
        <Button className='home-button' size='mini' onClick={goHome}>
          返回首页
        </Button>
      ) : null}
    </View>
  )
}
