import { Button, Text, View } from '@tarojs/components'

import { goToMe } from '../navigation'

/** Shown instead of a resident's page while logged out (e.g. the token expired). */
export default function LoginRequired({ text = '登录后才能查看和填写' }: { text?: string }) {
  return (
    <View className='login-required'>
      <Text className='login-required-text'>{text}</Text>
      <Button className='primary-button' onClick={goToMe}>
        去登录
      </Button>
    </View>
  )
}
