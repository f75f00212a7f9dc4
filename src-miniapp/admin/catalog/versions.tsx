// Shared admin styles first: this page's own and its components' come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'

import ActionButton from '../../ui/ActionButton'
import LoadError from '../../components/LoadError'
import { useApi } from '../../hooks/useApi'
import {
  canRepublish,
  chinaDateTime,
  comparePair,
  countsText,
  diffView,
  latestVersion,
  publisherText,
  republishText,
  toggleCompare,
  versionTitle,
  type DiffView
} from '../../view-models/versionDiff'
import { diffVersions, listVersions, republishVersion } from '../../services/adminApi'
import { draftEditUrl } from '../../adminNavigation'
import { openMatter, openPage } from '../../navigation'
import type { CatalogVersion } from '@shared/contracts/catalog-admin'
import { toApiError } from '../../services/errors'
import type { StaffUser } from '../../services/types'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import ConfirmButtons from '../components/ConfirmButtons'
import { Field, LinkButton, TextBox } from '../../ui/controls'
import './versions.css'

/** 目录版本记录: every publication; compare two; publish an older one again (city admin). */
export default adminPage(ADMIN_FRAMES.versions, Versions)

function Versions({ user }: { user: StaffUser }) {
  const versions = useApi(['versions'], listVersions)
  const [selected, setSelected] = useState<number[]>([])
  const [diff, setDiff] = useState<DiffView | null>(null)
  const [diffError, setDiffError] = useState<string | null>(null)
  const [comparing, setComparing] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const pair = comparePair(selected)
  const latest = latestVersion(versions.data ?? [])

  const compare = async () => {
    if (!pair || comparing) return
    setComparing(true)
    setDiffError(null)
    try {
      setDiff(diffView(await diffVersions(pair.from, pair.to)))
    } catch (err) {
      setDiff(null)
      setDiffError(toApiError(err).message)
    } finally {
      setComparing(false)
    }
  }

  const republished = (version: number, copy: number) => {
    setNotice(`已将${versionTitle(copy)}重新发布为${versionTitle(version)}`)
    setSelected([])
    setDiff(null)
    versions.reload()
  }

  return (
    <>
      <View className='card admin-card compare-card'>
        <Text className='section-title'>版本对比</Text>
        <Text className='form-note compare-hint'>
          {pair
            ? `将对比${versionTitle(pair.from)}与${versionTitle(pair.to)}`
            : `请在下方勾选两个版本（已选 ${selected.length} 个）`}
        </Text>
        <View className='action-row'>
          <ActionButton className='primary-button admin-button compare-button' disabled={!pair} busy={comparing} onClick={compare}>
            对比
          </ActionButton>
        </View>
        {diffError ? <Text className='form-message'>{diffError}</Text> : null}
        {diff ? <DiffPanel diff={diff} editable={user.role === 'city_admin'} /> : null}
      </View>

      {notice ? <Text className='form-success republish-notice'>{notice}</Text> : null}

      <View className='card admin-card'>
        <Text className='section-title'>已发布的版本</Text>
        {versions.loading ? <Text className='region-loading'>正在加载…</Text> : null}
        {versions.error ? <LoadError error={versions.error} onRetry={versions.reload} /> : null}
        {versions.data && versions.data.length === 0 ? <Text className='region-empty'>还没有发布过目录</Text> : null}
        {versions.data?.map((v) => (
          <VersionRow
            key={v.version}
            version={v}
            current={v.version === latest}
            checked={selected.includes(v.version)}
            onCheck={() => setSelected((s) => toggleCompare(s, v.version))}
            canRepublish={user.role === 'city_admin' && canRepublish(v.version, latest)}
            onRepublished={republished}
          />
        ))}
      </View>
    </>
  )
}

interface VersionRowProps {
  version: CatalogVersion
  current: boolean
  checked: boolean
  onCheck: () => void
  canRepublish: boolean
  onRepublished: (version: number, copy: number) => void
}

function VersionRow({ version, current, checked, onCheck, canRepublish: allowed, onRepublished }: VersionRowProps) {
  const [open, setOpen] = useState(false)
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const again = republishText(version)

  const republish = async () => {
    if (busy) return
    if (note.trim().length < 2) {
      setError('请写明重新发布的原因（至少 2 个字）')
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const result = await republishVersion(version.version, note.trim())
      setOpen(false)
      setNote('')
      void Taro.showToast({ title: '已重新发布', icon: 'success' })
      onRepublished(result.version, version.version)
    } catch (err) {
      setError(toApiError(err).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className={`version-item version-${version.version}`}>
      <View className='version-main'>
        <Text className={`chip compare-check${checked ? ' chip-selected' : ''}`} onClick={onCheck}>
          {checked ? '✓ 已选' : '选择对比'}
        </Text>
        <Text className='version-title'>{versionTitle(version.version)}</Text>
        {current ? <Text className='badge version-current'>当前版本</Text> : null}
        {again ? <Text className='badge badge-muted version-again'>{again}</Text> : null}
      </View>
      <Text className='version-note'>{version.note}</Text>
      <Text className='version-meta'>
        {chinaDateTime(version.publishedAt)} · {publisherText(version)} · {countsText(version.counts)}
      </Text>
      {allowed && !open ? (
        <LinkButton className='republish-button' onClick={() => setOpen(true)}>
          重新发布此版本
        </LinkButton>
      ) : null}
      {open ? (
        <View className='republish-form'>
          <Field name='republish-note' label='重新发布的原因' hint='此版本的全部事项将成为新的当前版本，草稿也会恢复为此版本的内容' error={error}>
            <TextBox multiline className='republish-note' value={note} maxlength={500} onChange={setNote} placeholder='例如：撤回第 3 版的错误修改' />
          </Field>
          <ConfirmButtons cancelClass='republish-cancel' confirmClass='republish-confirm' busy={busy} onCancel={() => setOpen(false)} onConfirm={republish}>
            确认重新发布
          </ConfirmButtons>
        </View>
      ) : null}
    </View>
  )
}

/** `editable`: the city catalog office opens a matter in the editor; a county admin reads its guide. */
function DiffPanel({ diff, editable }: { diff: DiffView; editable: boolean }) {
  return (
    <View className='diff-panel'>
      <Text className='diff-heading'>{diff.heading}</Text>
      <Text className='diff-summary'>{diff.summary}</Text>
      {diff.same ? <Text className='form-note diff-same'>两个版本的事项和内容完全相同</Text> : null}
      {diff.sections.map((section) => (
        <View key={section.kind} className={`diff-section diff-${section.kind}`}>
          <Text className='diff-section-title'>
            {section.title}（{section.items.length}）
          </Text>
          {section.items.map((item) => (
            <View key={item.id} className='diff-item'>
              <Text className='diff-name' onClick={() => (editable ? openPage(draftEditUrl(item.id)) : openMatter(item))}>
                {item.name} ›
              </Text>
              {item.fields ? <Text className='diff-fields'>修改了：{item.fields}</Text> : null}
              {item.changes.map((c) => (
                <View key={c.label} className='diff-change'>
                  <Text className='diff-change-label'>{c.label}</Text>
                  <Text className='diff-before'>原：{c.before}</Text>
                  <Text className='diff-after'>新：{c.after}</Text>
                </View>
              ))}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
