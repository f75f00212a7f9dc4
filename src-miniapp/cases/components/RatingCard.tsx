import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import InfoRow from '../../components/InfoRow'
import { useRefresh } from '../../hooks/useApi'
import { useForm } from '../../hooks/useForm'
import { useRating } from '../../hooks/useFeedback'
import { rateCase, reRateCase, type RatingView } from '../../services/feedback'
import { Chips, ErrorSummary, Field, TextBox, fieldId } from '../../ui/controls'
import ActionButton from '../../ui/ActionButton'
import { chinaDateTime } from '../../view-models/caseView'
import {
  RATING_FIELDS, STAR_OPTIONS, SUB_ITEMS, SUB_ITEM_LABELS, checkRating, ratingBody, type RatingField, type RatingValues
} from '../../view-models/feedbackView'

const SCORE_OPTIONS = [5, 4, 3, 2, 1].map((value) => ({ value, label: `${value} 分` }))
const scrollTo = (field: string) => void Taro.pageScrollTo({ selector: `#${fieldId(`rating-${field}`)}`, duration: 200 }).catch(() => undefined)

/** 好差评 on an ended case: rate it once, then the rating, the follow-up's reply of a 差评, and 追评 once after it. */
export default function RatingCard({ caseId }: { caseId: string }) {
  const view = useRating(caseId)
  if (!view.data) return null
  const v = view.data
  if (v.canRate) return <RateForm caseId={caseId} />
  if (!v.rating) return null
  return <RatingShown caseId={caseId} view={v} />
}

function RateForm({ caseId }: { caseId: string }) {
  const [values, setValues] = useState<RatingValues>({ comment: '' })
  const form = useForm(RATING_FIELDS)
  const refresh = useRefresh()
  const set = (field: RatingField, value: number | string) => {
    setValues((old) => ({ ...old, [field]: value }))
    if (form.errors[field]) form.setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const submit = () =>
    form.submit(checkRating(values), async () => {
      await rateCase(caseId, ratingBody(values))
      void Taro.showToast({ title: '感谢您的评价', icon: 'success' })
      refresh('rating')
    })

  return (
    <View className='card form-card rating-card rating-form'>
      <Text className='section-title'>评价本次办理（好差评）</Text>
      <Text className='rating-intro'>每个办件只能评价一次。选择「不满意」或「非常不满意」后，办理窗口会回访并整改答复。</Text>
      <ErrorSummary items={form.summary} onSelect={scrollTo} />
      {form.message ? <Text className='form-message rating-message'>{form.message}</Text> : null}
      <Field name='rating-stars' label='总体满意度' error={form.errors.stars}>
        <Chips className='rating-stars' options={STAR_OPTIONS} value={values.stars} onChange={(v) => set('stars', v)} />
      </Field>
      {SUB_ITEMS.map((key) => (
        <Field key={key} name={`rating-${key}`} label={SUB_ITEM_LABELS[key]} error={form.errors[key]}>
          <Chips className={`rating-score rating-${key}`} options={SCORE_OPTIONS} value={values[key]} onChange={(v) => set(key, v)} />
        </Field>
      ))}
      <Field name='rating-comment' label='文字评价（选填）' error={form.errors.comment}>
        <TextBox className='rating-comment' value={values.comment} maxlength={500} multiline placeholder='说说办理中的感受或遇到的问题' onChange={(v) => set('comment', v)} />
      </Field>
      <ActionButton className='primary-button rating-submit' busy={form.busy} onClick={() => void submit()}>
        提交评价
      </ActionButton>
    </View>
  )
}

function RatingShown({ caseId, view }: { caseId: string; view: RatingView }) {
  const r = view.rating!
  const f = view.followUp
  return (
    <View className='card rating-card rating-shown'>
      <Text className='section-title'>我的评价</Text>
      <View className='info-block'>
        <InfoRow label='总体满意度' value={r.starsLabel} className='rating-level' />
        <InfoRow label='分项评分' value={SUB_ITEMS.map((k) => `${SUB_ITEM_LABELS[k]} ${r[k]} 分`).join('，')} className='rating-items' />
        {r.comment ? <InfoRow label='文字评价' value={r.comment} className='rating-text' /> : null}
        <InfoRow label='评价时间' value={chinaDateTime(r.ratedAt)} className='rating-time' />
      </View>
      {f ? (
        <View className='info-block rating-follow-up'>
          <InfoRow label='差评回访' value={f.statusLabel} className='follow-up-status' />
          {f.reply ? <InfoRow label='整改答复' value={f.reply} className='follow-up-reply' /> : <InfoRow label='答复期限' value={f.replyDue} className='follow-up-due' />}
        </View>
      ) : null}
      {r.reStars ? (
        <View className='info-block rating-again-shown'>
          <InfoRow label='追评' value={`${r.reStarsLabel}${r.reComment ? `：${r.reComment}` : ''}`} className='rating-again-text' />
        </View>
      ) : null}
      {view.canReRate ? <ReRateForm caseId={caseId} /> : null}
    </View>
  )
}

const AGAIN_FIELDS = ['stars', 'comment'] as const

function ReRateForm({ caseId }: { caseId: string }) {
  const [stars, setStars] = useState<number | undefined>()
  const [comment, setComment] = useState('')
  const form = useForm(AGAIN_FIELDS)
  const refresh = useRefresh()
  const submit = () => {
    const found = { stars: stars ? undefined : '请选择追评的满意度', comment: comment.trim().length > 500 ? '追评最多 500 个字' : undefined }
    return form.submit(found, async () => {
      await reRateCase(caseId, { stars: stars!, ...(comment.trim() ? { comment: comment.trim() } : {}) })
      void Taro.showToast({ title: '追评已提交', icon: 'success' })
      refresh('rating')
    })
  }
  return (
    <View className='rating-again-form'>
      <Text className='rating-intro'>窗口已整改答复，您可以追评一次。</Text>
      <ErrorSummary items={form.summary} onSelect={scrollTo} />
      {form.message ? <Text className='form-message rating-message'>{form.message}</Text> : null}
      <Field name='rating-stars' label='追评满意度' error={form.errors.stars}>
        <Chips className='rating-again-stars' options={STAR_OPTIONS} value={stars} onChange={setStars} />
      </Field>
      <Field name='rating-comment' label='追评内容（选填）' error={form.errors.comment}>
        <TextBox className='rating-again-comment' value={comment} maxlength={500} multiline onChange={setComment} />
      </Field>
      <ActionButton className='primary-button rating-again-submit' busy={form.busy} onClick={() => void submit()}>
        提交追评
      </ActionButton>
    </View>
  )
}
