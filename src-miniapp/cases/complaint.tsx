import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import CountyPicker from '../components/CountyPicker'
import LoginRequired from '../components/LoginRequired'
import { useRefresh } from '../hooks/useApi'
import { useGuide } from '../hooks/useCatalog'
import { useCounty } from '../hooks/useCounty'
import { useForm } from '../hooks/useForm'
import { useMyComplaints } from '../hooks/useFeedback'
import { usePageParams } from '../hooks/usePageParams'
import { useRegions } from '../hooks/useRegions'
import { useSession } from '../hooks/useSession'
import { submitComplaint, type Complaint } from '../services/feedback'
import { Chips, ErrorSummary, Field, TextBox, fieldId } from '../ui/controls'
import ActionButton from '../ui/ActionButton'
import { chinaDateTime } from '../view-models/caseView'
import { COMPLAINT_FIELDS, COMPLAINT_KIND_OPTIONS, checkComplaint } from '../view-models/feedbackView'
import './cases.css'

/**
 * 投诉建议 (`?matterId=&caseId=`), opened from 我的, a guide or a case: the county concerned answers
 * within a few working days; the resident's earlier ones below, with their answers.
 */
export default function ComplaintPage() {
  const current = useSession()
  return (
    <View className='page complaint-page'>
      <View className='page-header'>
        <Text className='page-title'>投诉建议</Text>
        <Text className='page-subtitle'>由涉及的区县政务服务管理部门受理，并在规定的工作日内答复</Text>
      </View>
      {current ? <ComplaintBody token={current.token} /> : <LoginRequired text='登录后才能提交投诉建议' />}
    </View>
  )
}

function ComplaintBody({ token }: { token: string }) {
  const params = usePageParams('matterId', 'caseId')
  const matter = useGuide(params.matterId, undefined)
  const [appCounty] = useCounty()
  const counties = useRegions('4105')
  const [kind, setKind] = useState<'complaint' | 'suggestion' | ''>('')
  const [county, setCounty] = useState(appCounty)
  const [text, setText] = useState('')
  const form = useForm(COMPLAINT_FIELDS)
  const mine = useMyComplaints(token)
  const refresh = useRefresh()

  const submit = () =>
    form.submit(checkComplaint({ kind, countyCode: county?.code ?? '', text }), async () => {
      await submitComplaint({
        kind: kind as 'complaint' | 'suggestion', countyCode: county!.code, text: text.trim(),
        ...(params.matterId ? { matterId: params.matterId } : {}), ...(params.caseId ? { applicationId: params.caseId } : {})
      })
      setText('')
      setKind('')
      void Taro.showToast({ title: '已提交', icon: 'success' })
      refresh('my-complaints')
    })

  return (
    <>
      <View className='card form-card complaint-form'>
        <ErrorSummary items={form.summary} onSelect={(f) => void Taro.pageScrollTo({ selector: `#${fieldId(f)}`, duration: 200 }).catch(() => undefined)} />
        {form.message ? <Text className='form-message complaint-message'>{form.message}</Text> : null}
        {params.matterId && matter.data ? <Text className='complaint-about'>涉及事项：{matter.data.name}</Text> : null}
        <Field name='kind' label='类型' error={form.errors.kind}>
          <Chips className='complaint-kind' options={COMPLAINT_KIND_OPTIONS} value={kind} onChange={setKind} />
        </Field>
        <Field name='countyCode' label='涉及区县' error={form.errors.countyCode}>
          <CountyPicker className='complaint-county' label='涉及区县' counties={(counties.data ?? []).map((c) => ({ code: c.code, name: c.name }))} value={county} onChange={setCounty} />
        </Field>
        <Field name='text' label='内容' hint='请写明时间、地点、窗口和经过，或您的建议' error={form.errors.text}>
          <TextBox className='complaint-text' value={text} maxlength={1000} multiline onChange={setText} />
        </Field>
        <ActionButton className='primary-button complaint-submit' busy={form.busy} onClick={() => void submit()}>
          提交
        </ActionButton>
      </View>
      {mine.data && mine.data.items.length > 0 ? (
        <View className='card complaint-mine'>
          <Text className='section-title'>我提交的</Text>
          <View className='row-list'>
            {mine.data.items.map((c) => <MineRow key={c.id} c={c} />)}
          </View>
        </View>
      ) : null}
    </>
  )
}

function MineRow({ c }: { c: Complaint }) {
  return (
    <View className='row-list-item complaint-row'>
      <Text className='complaint-row-head'>{`${c.kindLabel} · ${c.countyName} · ${c.statusLabel}`}</Text>
      <Text className='complaint-row-text'>{c.text}</Text>
      {c.answer ? <Text className='complaint-row-answer'>{`答复：${c.answer}`}</Text> : <Text className='complaint-row-due'>{`答复期限 ${c.dueDate}`}</Text>}
      <Text className='complaint-row-time'>{chinaDateTime(c.createdAt)}</Text>
    </View>
  )
}
