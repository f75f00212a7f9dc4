import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import { scrollToSelector } from '../../adminNavigation'
import ActionButton from '../../ui/ActionButton'
import LoadError from '../../components/LoadError'
import {
  DELEGATION_FIELDS,
  POWER_SOURCES,
  QUEUE_KIND_LABELS,
  RECALL_FIELDS,
  canRecall,
  checkDelegation,
  checkPreview,
  checkRecall,
  chinaToday,
  chooseAllTownships,
  delegationInput,
  emptyDelegationForm,
  periodText,
  previewRegion,
  recallInput,
  recallText,
  takenUpText,
  toggleTownship,
  townshipsText,
  type DelegationField,
  type DelegationFormValues,
  type PreviewField,
  type PreviewFormValues,
  type RecallField
} from '../../view-models/delegationForm'
import { CITY_CODE } from '../../view-models/regionChoice'
import { errorSummary, hasErrors, problemsFromError, type FieldErrors } from '../../view-models/forms'
import { useApi, useRefresh } from '../../hooks/useApi'
import { useAllMatters } from '../../hooks/useCatalog'
import { useRegions } from '../../hooks/useRegions'
import { createDelegation, listDelegations, previewRoute, recallDelegation } from '../../services/adminApi'
import type { Delegation, RecallInput, RoutePreview } from '@shared/contracts/catalog-admin'
import type { MatterSummary } from '../../services/types'
import { toApiError } from '../../services/errors'
import type { Region, StaffUser } from '../../services/types'
import AdminGate from '../components/AdminGate'
import { Chips, ErrorSummary, Field, fieldId, LinkButton, Pager, TextBox, Toggle } from '../../ui/controls'
import MatterSearch from '../components/MatterSearch'

import '../admin.css'

const PAGE_SIZE = 20

/**
 * 权责清单: a county's delegations (下放记录). The county admin keeps their county's list (新增下放, 收回); the city
 * admin reads any county's. The 「路由预览」 box tells where a case would go on a given day, and why.
 */
export default function DelegationsPage() {
  return (
    <AdminGate
      roles={['county_admin', 'city_admin']}
      className='delegations-admin'
      title='权责清单'
      subtitle='县（区）向乡镇（街道）下放、委托、授权的事项，及其承接和收回'
    >
      {(user) => <Delegations user={user} />}
    </AdminGate>
  )
}

function Delegations({ user }: { user: StaffUser }) {
  const ownCounties = user.role === 'county_admin' ? user.scope.filter((s) => s.kind === 'county').map((s) => s.regionCode) : []
  const [county, setCounty] = useState(ownCounties[0] ?? '')
  const counties = useRegions(CITY_CODE)
  const townships = useRegions(county)
  const matters = useAllMatters()
  const [filter, setFilter] = useState<MatterSummary | null>(null)
  const [page, setPage] = useState(1)
  const [formOpen, setFormOpen] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)

  const refresh = useRefresh()
  const list = useApi(['delegations', county, filter?.id ?? '', page], () =>
    listDelegations({ county, matterId: filter?.id ?? '', page, pageSize: PAGE_SIZE })
  )
  const [updated, setUpdated] = useState<Record<string, Delegation>>({})

  const matterById = new Map((matters.data ?? []).map((m) => [m.id, m]))
  const townshipNames = new Map((townships.data ?? []).map((t) => [t.code, t.name]))
  const countyName = counties.data?.find((c) => c.code === county)?.name ?? user.scope.find((s) => s.regionCode === county)?.regionName ?? county
  const editable = ownCounties.includes(county)

  return (
    <>
      <View className='card admin-card delegation-toolbar'>
        {user.role === 'city_admin' ? (
          <Field name='county' label='县（区）' hint='市级管理员只能查看' wide>
            <Chips
              className='county-filter'
              options={(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
              value={county}
              onChange={(code) => {
                setCounty(code)
                setPage(1)
              }}
            />
          </Field>
        ) : (
          <Text className='section-title county-name'>{countyName}权责清单</Text>
        )}
        {county ? (
          <View className='admin-grid'>
            <Field name='matter-filter' label='按事项筛选'>
              <MatterSearch
                className='delegation-filter'
                matters={matters.data ?? []}
                value={filter}
                placeholder='输入事项名称，只看该事项的下放记录'
                onChange={(m) => {
                  setFilter(m)
                  setPage(1)
                }}
              />
            </Field>
            {editable ? (
              <View className='admin-field toolbar-actions'>
                <ActionButton
                  className='primary-button admin-button add-delegation-button'
                  onClick={() => {
                    setFormOpen((o) => !o)
                    setNotice(null)
                  }}
                >
                  {formOpen ? '收起新增下放' : '新增下放'}
                </ActionButton>
              </View>
            ) : null}
          </View>
        ) : null}
        {matters.error ? <LoadError error={matters.error} onRetry={matters.reload} /> : null}
      </View>

      {notice ? <Text className='form-success delegation-notice'>{notice}</Text> : null}

      {formOpen && editable ? (
        <DelegationForm
          countyCode={county}
          matters={matters.data ?? []}
          townships={townships.data ?? []}
          onCreated={(d) => {
            setFormOpen(false)
            setNotice(`已新增下放：${matterById.get(d.matterId)?.name ?? ''}（${d.documentNo}）`)
            refresh('delegations')
          }}
          onCancel={() => setFormOpen(false)}
        />
      ) : null}

      {county ? <RoutePreviewBox countyCode={county} matters={matters.data ?? []} townships={townships.data ?? []} /> : null}

      <View className='card admin-card delegations-card'>
        <Text className='section-title'>
          下放记录{list.data ? `（${list.data.total} 条）` : ''}
          {filter ? ` · ${filter.name}` : ''}
        </Text>
        {!county ? <Text className='region-empty'>请先选择县（区）</Text> : null}
        {county && list.loading ? <Text className='region-loading'>正在加载…</Text> : null}
        {county && list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
        {county && list.data && list.data.items.length === 0 ? <Text className='region-empty'>没有下放记录</Text> : null}
        {county && list.data
          ? list.data.items.map((item) => {
              const d = updated[item.id] ?? item
              return (
                <DelegationRow
                  key={d.id}
                  delegation={d}
                  matterName={matterById.get(d.matterId)?.name ?? (matters.loading ? '…' : '（已不在目录中的事项）')}
                  townshipNames={townshipNames}
                  recallable={canRecall(d, ownCounties)}
                  onRecalled={(next) => {
                    setUpdated((u) => ({ ...u, [next.id]: next }))
                    void Taro.showToast({ title: '已收回', icon: 'success' })
                  }}
                />
              )
            })
          : null}
        {county && list.data ? <Pager page={list.data.page} pageSize={list.data.pageSize} total={list.data.total} onPage={setPage} /> : null}
      </View>
    </>
  )
}

interface DelegationRowProps {
  delegation: Delegation
  matterName: string
  townshipNames: ReadonlyMap<string, string>
  recallable: boolean
  onRecalled: (delegation: Delegation) => void
}

function DelegationRow({ delegation: d, matterName, townshipNames, recallable, onRecalled }: DelegationRowProps) {
  const [open, setOpen] = useState(false)
  const recall = recallText(d)
  return (
    <View className={`delegation-item${d.recall ? ' delegation-recalled' : ''}`}>
      <View className='draft-main'>
        <Text className='delegation-matter'>{matterName}</Text>
        <Text className={`badge delegation-taken${d.takenUp ? '' : ' badge-warning'}`}>{takenUpText(d)}</Text>
        {d.recall ? <Text className='badge badge-danger delegation-recall-badge'>已收回</Text> : null}
      </View>
      <View className='delegation-facts'>
        <Text className='delegation-fact delegation-townships'>承接：{townshipsText(d, townshipNames)}</Text>
        <Text className='delegation-fact delegation-source'>权力来源：{d.powerSourceName}</Text>
        <Text className='delegation-fact delegation-document'>文号：{d.documentNo}</Text>
        <Text className='delegation-fact delegation-period'>期限：{periodText(d)}</Text>
      </View>
      {recall ? <Text className='delegation-recall'>{recall}</Text> : null}
      {recallable && !open ? (
        <LinkButton className='danger-link recall-button' onClick={() => setOpen(true)}>
          收回
        </LinkButton>
      ) : null}
      {open ? (
        <RecallForm
          delegation={d}
          onCancel={() => setOpen(false)}
          onDone={(next) => {
            setOpen(false)
            onRecalled(next)
          }}
        />
      ) : null}
    </View>
  )
}

const RECALL_LABELS: Record<RecallField, string> = { effectiveUntil: '收回日期', documentNo: '收回文号', reason: '收回原因' }

function RecallForm({ delegation, onCancel, onDone }: { delegation: Delegation; onCancel: () => void; onDone: (d: Delegation) => void }) {
  const [values, setValues] = useState<RecallInput>({ effectiveUntil: chinaToday(), documentNo: '', reason: '' })
  const [errors, setErrors] = useState<FieldErrors<RecallField>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const set = (field: RecallField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const submit = async () => {
    if (busy) return
    const found = checkRecall(values, delegation)
    setErrors(found)
    setMessage(null)
    if (hasErrors(found)) return
    setBusy(true)
    try {
      onDone(await recallDelegation(delegation.id, recallInput(values)))
    } catch (err) {
      const problems = problemsFromError(toApiError(err), RECALL_FIELDS)
      setErrors(problems.fields)
      setMessage(problems.message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='recall-form'>
      <Text className='form-note'>自收回日期起，新的办件由县直部门办理；已分派的办件不受影响，记录不会删除。</Text>
      <View className='admin-grid'>
        <Field name='recall-effectiveUntil' label={RECALL_LABELS.effectiveUntil} hint='YYYY-MM-DD，应晚于下放生效日期' error={errors.effectiveUntil}>
          <TextBox className='recall-date' value={values.effectiveUntil} maxlength={10} onChange={(v) => set('effectiveUntil', v)} />
        </Field>
        <Field name='recall-documentNo' label={RECALL_LABELS.documentNo} error={errors.documentNo}>
          <TextBox className='recall-document' value={values.documentNo} maxlength={64} placeholder='例如 安殷编〔2022〕11号' onChange={(v) => set('documentNo', v)} />
        </Field>
        <Field name='recall-reason' label={RECALL_LABELS.reason} error={errors.reason} wide>
          <TextBox multiline className='recall-reason' value={values.reason} maxlength={500} onChange={(v) => set('reason', v)} />
        </Field>
      </View>
      {message ? <Text className='form-message'>{message}</Text> : null}
      <View className='action-row'>
        <ActionButton className='secondary-button admin-button recall-cancel' onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton className='primary-button admin-button recall-confirm' busy={busy} onClick={submit}>
          确认收回
        </ActionButton>
      </View>
    </View>
  )
}

const DELEGATION_LABELS: Record<DelegationField, string> = {
  matterId: '事项',
  townshipCodes: '承接的乡镇（街道）',
  powerSource: '权力来源',
  documentNo: '决定文号',
  effectiveFrom: '生效日期'
}

interface DelegationFormProps {
  countyCode: string
  matters: readonly MatterSummary[]
  townships: readonly Region[]
  onCreated: (d: Delegation) => void
  onCancel: () => void
}

function DelegationForm({ countyCode, matters, townships, onCreated, onCancel }: DelegationFormProps) {
  const [values, setValues] = useState<DelegationFormValues>(() => emptyDelegationForm(chinaToday()))
  const [errors, setErrors] = useState<FieldErrors<DelegationField>>({})
  const [submitted, setSubmitted] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const change = (next: DelegationFormValues) => {
    setValues(next)
    // Once submitted, messages follow the values.
    if (submitted) setErrors(checkDelegation(next))
  }

  const submit = async () => {
    if (busy) return
    const found = checkDelegation(values)
    setSubmitted(true)
    setErrors(found)
    setMessage(null)
    if (hasErrors(found)) return
    setBusy(true)
    try {
      onCreated(await createDelegation(delegationInput(countyCode, values)))
    } catch (err) {
      const problems = problemsFromError(toApiError(err), DELEGATION_FIELDS)
      setErrors(problems.fields)
      setMessage(problems.message)
    } finally {
      setBusy(false)
    }
  }

  const summary = submitted ? errorSummary(errors, DELEGATION_FIELDS) : []

  return (
    <View className='card admin-card delegation-form'>
      <Text className='section-title'>新增下放</Text>
      <ErrorSummary
        items={summary.map((s) => ({ field: s.field, message: `${DELEGATION_LABELS[s.field]}：${s.message}` }))}
        onSelect={(field) => scrollToSelector(`#${fieldId(`new-${field}`)}`)}
      />
      {message ? <Text className='form-message'>{message}</Text> : null}
      <View className='admin-grid'>
        <Field name='new-matterId' label={DELEGATION_LABELS.matterId} hint='市级事项不能下放' error={errors.matterId} wide>
          <MatterSearch className='new-matter' matters={matters} value={values.matter} delegable onChange={(matter) => change({ ...values, matter })} />
        </Field>
        <Field name='new-townshipCodes' label={DELEGATION_LABELS.townshipCodes} error={errors.townshipCodes} wide>
          <View className='chip-group township-choices'>
            <Toggle className='township-all' label='全部乡镇（街道）' value={values.allTownships} onChange={() => change(chooseAllTownships(values))} />
            {townships.map((t) => (
              <Toggle
                key={t.code}
                className={`township-${t.code}`}
                label={t.name}
                value={values.townshipCodes.includes(t.code)}
                onChange={() => change(toggleTownship(values, t.code))}
              />
            ))}
          </View>
          <View className='chip-group'>
            <Toggle
              className='to-villages'
              label='并延伸至村（社区）便民服务站'
              value={values.toVillages}
              onChange={(toVillages) => change({ ...values, toVillages })}
            />
          </View>
        </Field>
        <Field name='new-powerSource' label={DELEGATION_LABELS.powerSource} error={errors.powerSource}>
          <Chips className='power-source' options={POWER_SOURCES} value={values.powerSource} onChange={(powerSource) => change({ ...values, powerSource })} />
        </Field>
        <Field name='new-documentNo' label={DELEGATION_LABELS.documentNo} error={errors.documentNo}>
          <TextBox className='new-document' value={values.documentNo} maxlength={64} placeholder='例如 安殷编〔2021〕6号' onChange={(documentNo) => change({ ...values, documentNo })} />
        </Field>
        <Field name='new-effectiveFrom' label={DELEGATION_LABELS.effectiveFrom} hint='YYYY-MM-DD' error={errors.effectiveFrom}>
          <TextBox className='new-date' value={values.effectiveFrom} maxlength={10} onChange={(effectiveFrom) => change({ ...values, effectiveFrom })} />
        </Field>
        <Field name='new-takenUp' label='承接情况' hint='乡镇尚未承接时，办件仍由县直部门办理'>
          <View className='chip-group'>
            <Toggle className='taken-up' label='已承接' value={values.takenUp} onChange={(takenUp) => change({ ...values, takenUp })} />
          </View>
        </Field>
      </View>
      <View className='action-row'>
        <ActionButton className='secondary-button admin-button delegation-cancel' onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton className='primary-button admin-button delegation-submit' busy={busy} onClick={submit}>
          保存下放
        </ActionButton>
      </View>
    </View>
  )
}

interface RoutePreviewBoxProps {
  countyCode: string
  matters: readonly MatterSummary[]
  townships: readonly Region[]
}

/** 路由预览: matter + township (or village) + date → the queue a case would reach, and why. */
function RoutePreviewBox({ countyCode, matters, townships }: RoutePreviewBoxProps) {
  const [values, setValues] = useState<PreviewFormValues>(() => ({ matter: null, townshipCode: '', villageCode: '', at: chinaToday() }))
  const villages = useRegions(values.townshipCode)
  const [errors, setErrors] = useState<FieldErrors<PreviewField>>({})
  const [result, setResult] = useState<RoutePreview | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  // Another county: the township chosen belongs to the old one.
  const [forCounty, setForCounty] = useState(countyCode)
  if (forCounty !== countyCode) {
    setForCounty(countyCode)
    setValues((v) => ({ ...v, townshipCode: '', villageCode: '' }))
    setResult(null)
  }

  const change = (next: Partial<PreviewFormValues>) => {
    setValues((v) => ({ ...v, ...next }))
    setResult(null)
  }

  const preview = async () => {
    if (busy) return
    const found = checkPreview(values)
    setErrors(found)
    setMessage(null)
    if (hasErrors(found) || !values.matter) return
    setBusy(true)
    try {
      setResult(await previewRoute(values.matter.id, previewRegion(values), values.at.trim()))
    } catch (err) {
      setResult(null)
      setMessage(toApiError(err).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card admin-card route-preview'>
      <Text className='section-title'>路由预览</Text>
      <Text className='form-note'>某事项在某地、某日提交时，会进入哪个办理队列，以及原因。</Text>
      <View className='admin-grid'>
        <Field name='preview-matterId' label='事项' error={errors.matterId} wide>
          <MatterSearch className='preview-matter' matters={matters} value={values.matter} onChange={(matter) => change({ matter })} />
        </Field>
        <Field name='preview-regionCode' label='乡镇（街道）' error={errors.regionCode} wide>
          <Chips
            className='preview-township'
            options={townships.map((t) => ({ value: t.code, label: t.name }))}
            value={values.townshipCode}
            onChange={(townshipCode) => change({ townshipCode, villageCode: '' })}
          />
        </Field>
        {values.townshipCode && villages.data && villages.data.length > 0 ? (
          <Field name='preview-village' label='村（社区）' hint='可不选' wide>
            <Chips
              className='preview-village'
              options={[{ value: '', label: '不选' }, ...villages.data.map((v) => ({ value: v.code, label: v.name }))]}
              value={values.villageCode}
              onChange={(villageCode) => change({ villageCode })}
            />
          </Field>
        ) : null}
        <Field name='preview-at' label='提交日期' hint='YYYY-MM-DD' error={errors.at}>
          <TextBox className='preview-date' value={values.at} maxlength={10} onChange={(at) => change({ at })} />
        </Field>
      </View>
      <View className='action-row'>
        <ActionButton className='primary-button admin-button preview-button' busy={busy} onClick={preview}>
          预览
        </ActionButton>
      </View>
      {message ? <Text className='form-message preview-message'>{message}</Text> : null}
      {result ? (
        <View className='preview-result'>
          <View className='draft-main'>
            <Text className='preview-queue'>{result.queue.name}</Text>
            <Text className='badge preview-kind'>{QUEUE_KIND_LABELS[result.queue.kind] ?? result.queue.kind}</Text>
          </View>
          <Text className='preview-reason'>{result.reason}</Text>
        </View>
      ) : null}
    </View>
  )
}
