import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useRef, useState } from 'react'

import FormFieldControl from './components/FormFieldControl'
import MaterialSlot from './components/MaterialSlot'
import StationApplicant from './components/StationApplicant'
import LoadError from '../components/LoadError'
import LoginRequired from '../components/LoginRequired'
import { useRefresh } from '../hooks/useApi'
import { useDraft, useFamily, useMyMaterials } from '../hooks/useApplications'
import { useGuide } from '../hooks/useCatalog'
import { useSession } from '../hooks/useSession'
import { usePageParams } from '../hooks/usePageParams'
import { useScrollTarget } from '../hooks/useScrollTarget'
import { receiptUrl } from '../caseNavigation'
import { openPage, PROFILE_PAGE } from '../navigation'
import { deleteDraft, saveDraft, submitApplication } from '../services/applications'
import { toApiError } from '../services/errors'
import type { ApplicationDraft, FamilyMember, Guide, MyMaterial, Scope } from '../services/types'
import { ErrorSummary, Chips } from '../ui/controls'
import ActionButton from '../ui/ActionButton'
import { formErrors, formSummary, visibleErrors } from '../view-models/applicationForm'
import { useSubscribeConsent } from '../hooks/useSubscribeConsent'
import {
  SHARED_NOTE,
  STEP_TITLES,
  WIZARD_STEPS,
  answerRows,
  applicantOptions,
  checklist,
  checklistProgress,
  draftContent,
  emptyWizard,
  filingScope,
  materialProblems,
  necessityHint,
  newIdempotencyKey,
  nextStep,
  previousStep,
  restoreWizard,
  situationProblem,
  submitBody,
  type WizardState,
  type WizardStep
} from '../view-models/applyWizard'
import { EMPTY_STATION, STATION_FIELDS, errorSummary, hasErrors, validateStation, type FieldErrors } from '../view-models/forms'
import './cases.css'
import './apply.css'

/**
 * 申请 (`?id=<matterId>&name=`): the apply wizard. Opens after login and a complete real-name profile; restores the
 * draft kept on the server and saves it at each step; submits once with an Idempotency-Key and opens the receipt.
 */
export default function ApplyPage() {
  const { id: matterId, name } = usePageParams('id', 'name')
  const current = useSession({ refresh: true })
  const user = current?.user ?? null
  const token = user?.kind === 'resident' && user.profile.verified ? current!.token : null
  // A window clerk of a village station or township centre files 代办 for a person present.
  const station = user?.kind === 'staff' ? filingScope(user) : null
  const guide = useGuide(matterId, undefined)
  const draft = useDraft(matterId, token)
  const mine = useMyMaterials(token)
  const family = useFamily(token)

  let body
  if (!current) body = <LoginRequired text='登录后才能在线申请' />
  else if (!user) body = <Text className='region-loading'>正在获取登录信息…</Text>
  else if (user.kind === 'staff' && !station) {
    body = <Text className='page-note'>工作人员账号不能以居民身份申请；便民服务站（中心）的窗口人员可为在场居民代办。</Text>
  } else if (user.kind === 'resident' && !user.profile.verified) body = <ProfileFirst />
  else if (guide.error || draft.error) {
    const error = (guide.error ?? draft.error)!
    body = <LoadError error={error} onRetry={guide.error ? guide.reload : draft.reload} />
  } else if (!guide.data || draft.loading || mine.loading || family.loading) body = <Text className='region-loading'>正在加载…</Text>
  else {
    body = (
      <Wizard
        guide={guide.data}
        draft={draft.data}
        mine={mine.data?.items ?? null}
        family={family.data ?? []}
        filer={station ? { kind: 'station', scope: station } : { kind: 'resident', name: user.kind === 'resident' ? user.profile.name ?? '' : '' }}
      />
    )
  }

  return (
    <View className='page apply-page'>
      <View className='page-header'>
        <Text className='page-title'>{station ? '代办申请' : '在线申请'}</Text>
        <Text className='page-subtitle apply-matter-name'>{guide.data?.name ?? name}</Text>
      </View>
      {body}
    </View>
  )
}

function ProfileFirst() {
  return (
    <View className='card profile-first'>
      <Text className='page-note'>在线申请需要您的实名信息（姓名、身份证号、手机号和所在地区），请先填写。</Text>
      <Button className='primary-button profile-first-button' onClick={() => openPage(PROFILE_PAGE)}>
        填写实名信息
      </Button>
    </View>
  )
}

interface WizardProps {
  guide: Guide
  draft: ApplicationDraft | null
  mine: readonly MyMaterial[] | null
  family: readonly FamilyMember[]
  /** Who files: the resident (their name), or a station for a person present (its scope). */
  filer: { kind: 'resident'; name: string } | { kind: 'station'; scope: Scope }
}

function Wizard({ guide, draft, mine, family, filer }: WizardProps) {
  const [state, setState] = useState<WizardState>(() =>
    draft ? restoreWizard(guide, draft, mine ?? []) : emptyWizard(guide, filer.kind === 'station' ? EMPTY_STATION : null)
  )
  const [restored] = useState(draft !== null)
  const [tried, setTried] = useState<Partial<Record<WizardStep, boolean>>>({})
  const [touched, setTouched] = useState<Set<string>>(() => new Set())
  const [message, setMessage] = useState<string | null>(null)
  const [serverErrors, setServerErrors] = useState<FieldErrors<string>>({})
  const [submitting, setSubmitting] = useState(false)
  /** The key of the submit attempt, kept for its retries while the body stays the same. */
  const attempt = useRef<{ key: string; body: string } | null>(null)
  const refresh = useRefresh()
  const subscribe = useSubscribeConsent(filer.kind === 'resident')

  const list = useMemo(() => checklist(guide, state.situationId), [guide, state.situationId])
  const fields = guide.formSchema.fields
  const situationError = situationProblem(guide, state)
  const stationErrors = state.station ? validateStation(state.station) : {}
  const missing = materialProblems(list, state.materials)
  const allFormErrors = useMemo(() => ({ ...formErrors(fields, state.form), ...serverErrors }), [fields, state.form, serverErrors])
  const shownFormErrors = visibleErrors(allFormErrors, touched, tried.form === true)

  const setScrollTarget = useScrollTarget()

  const go = (step: WizardStep) => {
    const next = { ...state, step }
    setState(next)
    setMessage(null)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
    // The draft follows the resident from step to step (and to another phone); 代办 is done in one sitting.
    if (filer.kind === 'station') return
    saveDraft(guide.id, draftContent(guide, next)).catch(() => {
      void Taro.showToast({ title: '草稿未能保存，请检查网络', icon: 'none' })
    })
  }

  const problemsOf = (step: WizardStep): boolean => {
    if (step === 'situation') return situationError !== null || hasErrors(stationErrors)
    if (step === 'materials') return hasErrors(missing)
    if (step === 'form') return hasErrors(allFormErrors)
    return false
  }

  const forward = () => {
    setTried((t) => ({ ...t, [state.step]: true }))
    if (problemsOf(state.step)) {
      setScrollTarget('#error-summary')
      return
    }
    const next = nextStep(state.step)
    if (next) go(next)
  }

  const back = () => {
    const previous = previousStep(state.step)
    if (previous) go(previous)
  }

  const submit = async () => {
    if (submitting) return
    // WeChat's consent sheet opens only from the tap itself: before anything else is awaited.
    const agreed = await subscribe.ask()
    const body = submitBody(guide, state, filer.kind === 'station' ? filer.scope.regionCode : undefined)
    const text = JSON.stringify(body)
    if (!attempt.current || attempt.current.body !== text) attempt.current = { key: newIdempotencyKey(), body: text }
    setSubmitting(true)
    setMessage(null)
    try {
      const created = await submitApplication(body, attempt.current.key)
      subscribe.report(created.id, agreed)
      if (filer.kind === 'resident') await deleteDraft(guide.id).catch(() => undefined)
      refresh('applications', 'my-materials')
      void Taro.redirectTo({ url: receiptUrl(created.id) })
    } catch (err) {
      const error = toApiError(err)
      const details = Array.isArray(error.details) ? (error.details as { field?: string; message?: string }[]) : []
      const formDetails: FieldErrors<string> = {}
      let backTo: WizardStep | null = null
      for (const d of details) {
        const field = d.field ?? ''
        if (field.startsWith('form.')) {
          formDetails[field.slice(5).split('.')[0]] = d.message
          backTo ??= 'form'
        } else if (field.startsWith('materials')) backTo = backTo === 'situation' ? backTo : 'materials'
        else if (field === 'situationId' || field.startsWith('onBehalf') || field === 'regionCode') backTo = 'situation'
      }
      setServerErrors(formDetails)
      setMessage(error.message)
      if (backTo) {
        setTried((t) => ({ ...t, [backTo!]: true }))
        setState((s) => ({ ...s, step: backTo! }))
      }
      setScrollTarget('.apply-message')
    } finally {
      setSubmitting(false)
    }
  }

  const index = WIZARD_STEPS.indexOf(state.step)
  const applicant = state.familyMemberId ? family.find((m) => m.id === state.familyMemberId) : null

  return (
    <View className={`apply-wizard apply-step-${state.step}`}>
      <View className='card wizard-progress'>
        <Text className='wizard-step-count'>
          第 {index + 1} 步，共 {WIZARD_STEPS.length} 步
        </Text>
        <Text className='wizard-step-title'>{STEP_TITLES[state.step]}</Text>
        <View className='wizard-bar'>
          {WIZARD_STEPS.map((s, i) => (
            <View key={s} className={`wizard-bar-part${i <= index ? ' wizard-bar-done' : ''}`} />
          ))}
        </View>
      </View>
      {restored ? <Text className='draft-restored'>已为您恢复上次保存的草稿</Text> : null}
      {message ? <Text className='form-message apply-message'>{message}</Text> : null}

      {state.step === 'situation' ? (
        <View className='card wizard-card situation-step'>
          {tried.situation ? (
            <ErrorSummary
              items={[
                ...errorSummary(stationErrors, STATION_FIELDS).map((i) => ({ field: `station-${i.field}`, message: i.message })),
                ...(situationError ? [{ field: 'situation', message: situationError }] : [])
              ]}
              onSelect={(f) => setScrollTarget(`#field-${f}`)}
            />
          ) : null}
          {state.station && filer.kind === 'station' ? (
            <StationApplicant
              placeName={filer.scope.regionName}
              values={state.station}
              errors={tried.situation ? stationErrors : {}}
              onChange={(field, value) => setState((s) => ({ ...s, station: { ...s.station!, [field]: value } }))}
            />
          ) : (
            <View className='form-field field-applicant'>
              <Text className='form-label'>申请人</Text>
              <Text className='form-hint'>
                {family.length > 0 ? '可以为已绑定的家庭成员申请（亲情代办）' : '如需为家人代办，请先在「我的 › 家庭成员」中绑定'}
              </Text>
              <Chips
                className='applicant-options'
                options={applicantOptions(family)}
                value={state.familyMemberId ?? ''}
                onChange={(v) => setState((s) => ({ ...s, familyMemberId: v || null }))}
              />
            </View>
          )}
          {guide.situations.length > 0 ? (
            <View id='field-situation' className={`form-field field-situation${tried.situation && situationError ? ' form-field-invalid' : ''}`}>
              <Text className='form-label'>您属于哪种情形？</Text>
              <Text className='form-hint'>不同情形需要的材料不同</Text>
              {tried.situation && situationError ? <Text className='field-error'>{situationError}</Text> : null}
              <View className='situation-options'>
                {guide.situations.map((s) => (
                  <View
                    key={s.id}
                    className={`situation-option${s.id === state.situationId ? ' situation-selected' : ''}`}
                    onClick={() => setState((st) => ({ ...st, situationId: s.id }))}
                  >
                    <Text className='situation-option-name'>
                      {s.id === state.situationId ? '◉ ' : '○ '}
                      {s.name}
                    </Text>
                    {s.description ? <Text className='situation-option-description'>{s.description}</Text> : null}
                  </View>
                ))}
              </View>
            </View>
          ) : (
            <Text className='form-note'>本事项不区分办理情形。</Text>
          )}
        </View>
      ) : null}

      {state.step === 'materials' ? (
        <View className='card wizard-card materials-step'>
          {tried.materials ? (
            <ErrorSummary
              items={Object.entries(missing).map(([field, msg]) => ({ field, message: msg }))}
              onSelect={(field) => setScrollTarget(`#material-${field}`)}
            />
          ) : null}
          <Text className='checklist-progress'>{checklistProgress(list, state.materials)}</Text>
          {list.upload.map((m) => {
            const error = tried.materials ? missing[m.id] : undefined
            return (
              <View key={m.id} id={`material-${m.id}`} className={`answer-item checklist-item necessity-item-${m.necessity}${error ? ' form-field-invalid' : ''}`}>
                <View className='row-list-head checklist-head'>
                  <Text className='row-list-name checklist-name'>{m.name}</Text>
                  <Text className={`tag necessity necessity-${m.necessity}`}>{m.necessityLabel}</Text>
                </View>
                <Text className='checklist-hint'>{necessityHint(m.necessity)}</Text>
                {m.acceptance ? <Text className='checklist-note'>要求：{m.acceptance}</Text> : null}
                {m.note ? <Text className='checklist-note'>{m.note}</Text> : null}
                <MaterialSlot materialId={m.id} error={error} mine={mine} state={state} setState={setState} />
              </View>
            )
          })}
          {list.shared.length > 0 ? (
            <View className='shared-materials'>
              <Text className='shared-title'>无需提交的材料</Text>
              {list.shared.map((m) => (
                <View key={m.id} className='shared-item'>
                  <Text className='shared-name'>{m.name}</Text>
                  <Text className='shared-note'>{SHARED_NOTE}</Text>
                </View>
              ))}
            </View>
          ) : null}
        </View>
      ) : null}

      {state.step === 'form' ? (
        <View className='card wizard-card form-step'>
          {tried.form ? <ErrorSummary items={formSummary(fields, shownFormErrors)} onSelect={(f) => setScrollTarget(`#field-${f}`)} /> : null}
          {fields.length === 0 ? <Text className='form-note'>本事项无需填写申请表。</Text> : null}
          {fields.map((f) => (
            <FormFieldControl
              key={f.key}
              field={f}
              value={state.form[f.key]}
              error={shownFormErrors[f.key]}
              onChange={(v) => {
                setState((s) => ({ ...s, form: { ...s.form, [f.key]: v } }))
                setServerErrors((e) => ({ ...e, [f.key]: undefined }))
              }}
              onTouch={() => setTouched((t) => (t.has(f.key) ? t : new Set(t).add(f.key)))}
            />
          ))}
        </View>
      ) : null}

      {state.step === 'check' ? (
        <View className='card wizard-card check-step'>
          <Text className='form-note'>请核对以下信息，确认无误后提交。</Text>
          <View className='answer-list'>
            {answerRows(guide, state, applicant ? `${applicant.name}（${applicant.relation}，亲情代办）` : `${filer.kind === 'resident' ? filer.name : ''}（本人）`).map((row) => (
              <View key={row.key} className={`answer-row answer-${row.key}`}>
                <Text className='answer-label'>{row.label}</Text>
                <Text className='answer-value'>{row.value}</Text>
                <Text className='answer-change' onClick={() => go(row.step)}>
                  修改
                </Text>
              </View>
            ))}
          </View>
          <Text className='form-note'>
            {filer.kind === 'station'
              ? '提交即表示本站已核对申请人身份证原件并取得本人同意，所填信息和所传材料真实有效。'
              : '提交即表示您承诺所填信息和所传材料真实有效。'}
          </Text>
        </View>
      ) : null}

      <View className='wizard-actions form-actions'>
        {previousStep(state.step) ? (
          <Button className='secondary-button wizard-back' onClick={back}>
            上一步
          </Button>
        ) : null}
        {state.step === 'check' ? (
          <ActionButton className='primary-button submit-application' busy={submitting} onClick={() => void submit()}>
            提交申请
          </ActionButton>
        ) : (
          <Button className='primary-button wizard-next' onClick={forward}>
            下一步
          </Button>
        )}
      </View>
    </View>
  )
}
