// Shared admin styles first: this page's own and its components' come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'

import { ADMIN_PAGES, draftEditUrl } from '../../adminNavigation'
import { openPage } from '../../navigation'
import ActionButton from '../../ui/ActionButton'
import LoadError from '../../components/LoadError'
import { groupProblems, missingText, problemsFromPublishError, problemsSummary, type ProblemRef } from '../../view-models/catalogAdmin'
import { useApi } from '../../hooks/useApi'
import { useDepartments } from '../../hooks/useCatalog'
import { countsText, versionTitle } from '../../view-models/versionDiff'
import { draftNames, listDrafts, publishCatalog, validateCatalog } from '../../services/adminApi'
import type { DraftSummary } from '@shared/contracts/catalog-admin'
import type { Department } from '../../services/types'
import { toApiError } from '../../services/errors'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import ConfirmButtons from '../components/ConfirmButtons'
import { Chips, Field, LinkButton, SearchBox, TextBox, Toggle } from '../../ui/controls'
import Pager from '../../ui/Pager'
import './index.css'

const PAGE_SIZE = 20

interface Query {
  department: string
  q: string
  incomplete: boolean
  page: number
}

/** 事项目录管理 (city admin): the drafts, 「检查」 against the publishing rules, 「发布」 a new version. */
export default adminPage(
  ADMIN_FRAMES.catalog,
  CatalogAdmin,
  <>
    <LinkButton className='header-link versions-link' onClick={() => openPage(ADMIN_PAGES.versions)}>
      版本记录
    </LinkButton>
    <LinkButton className='header-link import-link' onClick={() => openPage(ADMIN_PAGES.import)}>
      导入 / 导出
    </LinkButton>
  </>
)

function CatalogAdmin() {
  const { params } = useRouter()
  const [query, setQuery] = useState<Query>({ department: '', q: '', incomplete: params.incomplete === 'true', page: 1 })
  const departments = useDepartments()
  // Asked again when the page shows (back from the editor: a row's status and missing fields may have changed).
  const drafts = useApi(['drafts', query], () => listDrafts({ ...query, pageSize: PAGE_SIZE }))

  const change = (next: Partial<Query>) => setQuery((q) => ({ ...q, page: 1, ...next }))
  const shortNames = new Map((departments.data ?? []).map((d) => [d.code, d.shortName]))

  return (
    <>
      <View className='card admin-card catalog-toolbar'>
        <View className='admin-grid'>
          <Field name='search' label='事项名称'>
            <SearchBox
              className='search-row'
              inputClass='search-input'
              buttonClass='search-button'
              placeholder='输入名称中的字，如 残疾人证'
              onSearch={(q) => change({ q })}
            />
          </Field>
          <Field name='incomplete' label='筛选'>
            <View className='chip-group'>
              <Toggle
                className='incomplete-toggle'
                label='只看不完整'
                value={query.incomplete}
                onChange={(incomplete) => change({ incomplete })}
              />
            </View>
          </Field>
        </View>
        <DepartmentFilter
          departments={departments.data ?? []}
          value={query.department}
          onChange={(department) => change({ department })}
        />
      </View>

      <CheckAndPublish />

      <View className='card admin-card drafts-card'>
        <Text className='section-title'>
          事项草稿{drafts.data ? `（${drafts.data.total} 个）` : ''}
        </Text>
        {drafts.loading ? <Text className='region-loading'>正在加载…</Text> : null}
        {drafts.error ? <LoadError error={drafts.error} onRetry={drafts.reload} /> : null}
        {drafts.data && drafts.data.items.length === 0 ? (
          <Text className='region-empty'>没有符合条件的事项</Text>
        ) : null}
        {drafts.data && drafts.data.items.length > 0 ? (
          <View className='draft-list'>
            {drafts.data.items.map((d) => (
              <DraftRow key={d.id} draft={d} department={shortNames.get(d.departmentCode) ?? d.departmentName} />
            ))}
          </View>
        ) : null}
        {drafts.data ? (
          <Pager
            page={drafts.data.page}
            pageSize={drafts.data.pageSize}
            total={drafts.data.total}
            onPage={(page) => setQuery((q) => ({ ...q, page }))}
          />
        ) : null}
      </View>
    </>
  )
}

function DepartmentFilter({ departments, value, onChange }: { departments: Department[]; value: string; onChange: (code: string) => void }) {
  const options = [{ value: '', label: '全部部门' }, ...departments.map((d) => ({ value: d.code, label: d.shortName }))]
  return (
    <Field name='department' label='部门' wide>
      <Chips className='department-filter' options={options} value={value} onChange={onChange} />
    </Field>
  )
}

function DraftRow({ draft, department }: { draft: DraftSummary; department: string }) {
  const missing = missingText(draft.missing)
  return (
    <View className='draft-item' hoverClass='menu-item-hover' onClick={() => openPage(draftEditUrl(draft.id))}>
      <View className='draft-main'>
        <Text className='draft-name'>{draft.name}</Text>
        <Text className={`badge draft-status status-${draft.status}`}>{draft.status}</Text>
        {draft.missing.length > 0 ? <Text className='badge badge-warning'>不完整</Text> : null}
      </View>
      <View className='draft-meta'>
        <Text className='draft-code'>{draft.code}</Text>
        <Text className='draft-department'>{department}</Text>
      </View>
      {missing ? <Text className='draft-missing'>{missing}</Text> : null}
    </View>
  )
}

type QaState = { problems: ProblemRef[]; names: Map<string, string>; source: 'validate' | 'publish' } | null

/** 「检查」 and 「发布」, and what they found. */
function CheckAndPublish() {
  const [qa, setQa] = useState<QaState>(null)
  const [checking, setChecking] = useState(false)
  const [publishing, setPublishing] = useState(false)
  const [formOpen, setFormOpen] = useState(false)
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState<string | undefined>()
  const [message, setMessage] = useState<string | null>(null)
  const [published, setPublished] = useState<string | null>(null)

  const show = async (problems: ProblemRef[], source: 'validate' | 'publish') => {
    // Names of the matters concerned (the list shows one page only).
    let names = new Map<string, string>()
    if (problems.length > 0) names = await draftNames().catch(() => names)
    setQa({ problems, names, source })
  }

  const check = async () => {
    if (checking) return
    setChecking(true)
    setMessage(null)
    try {
      await show(await validateCatalog(), 'validate')
    } catch (err) {
      setMessage(toApiError(err).message)
    } finally {
      setChecking(false)
    }
  }

  const publish = async () => {
    if (publishing) return
    const text = note.trim()
    if (text.length < 2) {
      setNoteError('请写明本次发布的说明（至少 2 个字）')
      return
    }
    setNoteError(undefined)
    setPublishing(true)
    setMessage(null)
    try {
      const result = await publishCatalog(text)
      setPublished(`已发布${versionTitle(result.version)}：${countsText(result.counts)}`)
      setFormOpen(false)
      setNote('')
      setQa(null)
      void Taro.showToast({ title: '已发布', icon: 'success' })
    } catch (err) {
      const error = toApiError(err)
      const problems = problemsFromPublishError(error)
      if (error.status === 422 && problems.length > 0) {
        setMessage(error.message)
        await show(problems, 'publish')
      } else if (error.status === 400 && Array.isArray(error.details)) {
        setNoteError(error.message)
      } else {
        setMessage(error.message)
      }
    } finally {
      setPublishing(false)
    }
  }

  const groups = qa ? groupProblems(qa.problems, qa.names) : []

  return (
    <View className='card admin-card publish-card'>
      <View className='action-row'>
        <ActionButton className='secondary-button admin-button check-button' busy={checking} onClick={check}>
          检查
        </ActionButton>
        <ActionButton
          className='primary-button admin-button publish-button'
          onClick={() => {
            setFormOpen(true)
            setPublished(null)
          }}
        >
          发布
        </ActionButton>
      </View>
      {published ? <Text className='form-success publish-result'>{published}</Text> : null}
      {formOpen ? (
        <View className='publish-form'>
          <Field name='note' label='发布说明' hint='写明本次发布改了什么，会记录在版本记录中' error={noteError}>
            <TextBox
              multiline
              className='publish-note'
              value={note}
              maxlength={500}
              placeholder='例如：调整残疾人证新办的承诺办结时限'
              onChange={setNote}
            />
          </Field>
          <ConfirmButtons cancelClass='publish-cancel' confirmClass='publish-confirm' busy={publishing} onCancel={() => setFormOpen(false)} onConfirm={publish}>
            确认发布
          </ConfirmButtons>
        </View>
      ) : null}
      {message ? <Text className='form-message publish-message'>{message}</Text> : null}
      {qa ? (
        <View className='qa-panel'>
          {qa.problems.length === 0 ? (
            <Text className='form-success qa-ok'>检查通过：全部草稿符合发布规则，可以发布</Text>
          ) : (
            <>
              <Text className='qa-summary'>
                {qa.source === 'publish' ? '未能发布，' : '检查发现问题，'}
                {problemsSummary(qa.problems)}：
              </Text>
              {groups.map((g) => (
                <View key={g.matterId || 'catalog'} className='qa-group'>
                  <View className='qa-group-head'>
                    <Text className='qa-matter'>{g.name}</Text>
                    {g.matterId ? (
                      <LinkButton className='qa-edit' onClick={() => openPage(draftEditUrl(g.matterId))}>
                        修改草稿
                      </LinkButton>
                    ) : null}
                  </View>
                  {g.problems.map((p, i) => (
                    <Text key={i} className='qa-problem'>
                      {p.ruleLabel ? `【${p.ruleLabel}】` : ''}
                      {p.message}
                    </Text>
                  ))}
                </View>
              ))}
            </>
          )}
        </View>
      ) : null}
    </View>
  )
}
