import { Input, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { Field } from '../../ui/controls'
import ActionButton from '../../ui/ActionButton'
import { STAFF_HOME_PAGE } from '../../navigation'
import { useAction } from '../../hooks/useForm'
import { loginStaff } from '../../services/session'
import PageHeader from '../../components/PageHeader'
import DemoAccounts from './DemoAccounts'

type Field = 'username' | 'password'

/** 工作人员登录: username and password; the server says what went wrong (wrong password, locked, too many tries). */
export default function StaffLoginPage() {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const { busy, message, setMessage, run } = useAction()

  const submit = async () => {
    if (busy) return
    const found: Partial<Record<Field, string>> = {}
    if (!username.trim()) found.username = '请输入用户名'
    if (!password) found.password = '请输入密码'
    setErrors(found)
    setMessage(null)
    if (found.username || found.password) return
    await run(async () => {
      await loginStaff(username, password)
      setPassword('')
      void Taro.redirectTo({ url: STAFF_HOME_PAGE })
    })
  }

  return (
    <View className='page staff-login-page'>
      <PageHeader title='工作人员登录' subtitle='便民服务中心、服务站及部门工作人员使用' />
      <View className='card form-card staff-login-form'>
        {message ? <Text className='form-message staff-login-error'>{message}</Text> : null}
        <Field name='username' label='用户名' error={errors.username}>
          <Input
            className='form-input input-username'
            value={username}
            placeholder='请输入用户名'
            maxlength={64}
            onInput={(e) => {
              setUsername(e.detail.value)
              if (e.detail.value.trim()) setErrors((v) => ({ ...v, username: undefined }))
            }}
          />
        </Field>
        <Field name='password' label='密码' error={errors.password}>
          <Input
            className='form-input input-password'
            password
            value={password}
            placeholder='请输入密码'
            maxlength={200}
            onInput={(e) => {
              setPassword(e.detail.value)
              if (e.detail.value) setErrors((v) => ({ ...v, password: undefined }))
            }}
            onConfirm={submit}
          />
        </Field>
        <ActionButton className='primary-button staff-login-submit' busy={busy} onClick={submit}>
          登录
        </ActionButton>
      </View>
      <DemoAccounts
        onPick={(name, demoPassword) => {
          setUsername(name)
          if (demoPassword) setPassword(demoPassword)
          setErrors({})
        }}
      />
    </View>
  )
}
