// Shared admin styles first: this page's own and its components' come after and override them.
import '../admin.css'

import { Button, Text, View } from '@tarojs/components'
import { useState } from 'react'

import { catalogAdminUrl } from '../../adminNavigation'
import { openPage } from '../../navigation'
import ActionButton from '../../ui/ActionButton'
import { useAction } from '../../hooks/useForm'
import {
  IMPORT_FILE_HINT,
  importFileKind,
  importRowErrors,
  importSummary,
  missingText,
  parseImportJson,
  rowLabel,
  type RowError
} from '../../view-models/catalogAdmin'
import { downloadExport, downloadTemplate, importCatalogFile, importCatalogJson } from '../../services/adminApi'
import type { ImportReport } from '@shared/contracts/catalog-admin'
import { chooseChatFile, type PickedFile } from '../../services/files'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import { Field, LinkButton, TextBox } from '../../ui/controls'
import './import.css'

/** 导入导出目录 (city admin): import drafts from a file or pasted JSON; download the template and the catalog. */
export default adminPage(
  ADMIN_FRAMES.import,
  ImportForm,
  <LinkButton className='header-link drafts-link' onClick={() => openPage(catalogAdminUrl())}>
    事项目录管理
  </LinkButton>
)

const kb = (bytes: number) => (bytes < 1024 ? `${bytes} 字节` : `${(bytes / 1024).toFixed(1)} KB`)

function ImportForm() {
  const [file, setFile] = useState<PickedFile | null>(null)
  /** Bumped to empty the browser's file box. */
  const [fileBox, setFileBox] = useState(0)
  const [json, setJson] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [rowErrors, setRowErrors] = useState<RowError[]>([])
  const [result, setResult] = useState<ImportReport | null>(null)
  const { busy, message, setMessage, run } = useAction()

  const pick = (picked: PickedFile | null) => {
    setError(undefined)
    if (picked && !importFileKind(picked.name)) {
      setFile(null)
      setFileBox((n) => n + 1)
      setError(`不支持这种文件：${picked.name}。${IMPORT_FILE_HINT}`)
      return
    }
    setFile(picked)
  }

  const submit = async () => {
    if (busy) return
    setMessage(null)
    setRowErrors([])
    setResult(null)
    let send: () => Promise<ImportReport>
    if (file) {
      send = () => importCatalogFile(file)
    } else {
      const parsed = parseImportJson(json)
      if (!parsed.ok) {
        setError(parsed.message)
        return
      }
      send = () => importCatalogJson(parsed.body)
    }
    setError(undefined)
    await run(
      async () => setResult(await send()),
      (apiError) => {
        setRowErrors(importRowErrors(apiError))
        return apiError.message
      }
    )
  }

  return (
    <>
      <View className='card admin-card import-form'>
        <Text className='section-title'>导入事项</Text>
        <Text className='form-note'>
          可导入本系统格式的 JSON（{'{"departments":[…]}'}）、其他地区的事项清单 JSON（{'{"matters":[…]}'}），或按模板填写的
          Excel、CSV 文件。有任何一行无法导入时，整个文件都不会导入。
        </Text>
        <Field name='file' label='选择文件' hint={IMPORT_FILE_HINT} error={error}>
          {process.env.TARO_ENV === 'h5' ? (
            // H5: the browser's file box (a plain element; Taro's H5 renderer is react-dom), opened by its label.
            <label className='file-picker'>
              {file ? '重新选择文件' : '选择文件'}
              <input
                key={fileBox}
                className='import-file-input'
                type='file'
                accept='.json,.xlsx,.csv,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
                onChange={(e) => {
                  const chosen = e.currentTarget.files?.[0]
                  pick(chosen ? { name: chosen.name, size: chosen.size, file: chosen } : null)
                }}
              />
            </label>
          ) : (
            <Button className='secondary-button admin-button choose-file-button' onClick={() => void chooseChatFile(['json', 'xlsx', 'csv']).then((f) => f && pick(f))}>
              从微信聊天中选择文件
            </Button>
          )}
          {file ? (
            <View className='chosen-file'>
              <Text className='chosen-file-name'>
                {file.name}（{kb(file.size)}）
              </Text>
              <LinkButton
                className='danger-link chosen-file-remove'
                onClick={() => {
                  setFile(null)
                  setFileBox((n) => n + 1)
                }}
              >
                移除
              </LinkButton>
            </View>
          ) : null}
        </Field>
        <Field name='json' label='或粘贴 JSON' hint={file ? '已选择文件，将导入文件，下面的内容不会使用' : '没有选择文件时，导入这里粘贴的内容'} wide>
          <TextBox multiline className='import-json' value={json} maxlength={-1} onChange={setJson} placeholder='{"departments":[…]}' />
        </Field>
        <View className='action-row'>
          <ActionButton className='primary-button admin-button import-submit' busy={busy} onClick={submit}>
            上传并导入
          </ActionButton>
        </View>
        {message ? <Text className='form-message import-message'>{message}</Text> : null}
        {rowErrors.length > 0 ? (
          <View className='import-errors'>
            {rowErrors.map((r, i) => (
              <Text key={i} className='import-error'>
                {r.row ? `${r.row}：` : ''}
                {r.message}
              </Text>
            ))}
          </View>
        ) : null}
      </View>

      {result ? <ImportReport result={result} /> : null}

      <View className='card admin-card downloads-card'>
        <Text className='section-title'>模板与导出</Text>
        <Downloads />
      </View>
    </>
  )
}

function ImportReport({ result }: { result: ImportReport }) {
  return (
    <View className='card admin-card import-report'>
      <Text className='section-title'>导入结果</Text>
      <Text className='form-success import-summary'>{importSummary(result)}</Text>
      <View className='import-counts'>
        <Text className='import-count import-created'>新增 {result.created}</Text>
        <Text className='import-count import-updated'>更新 {result.updated}</Text>
        <Text className='import-count import-incomplete'>不完整 {result.incomplete}</Text>
      </View>
      {result.report.length > 0 ? (
        <>
          <View className='report-table'>
            <View className='report-row report-head'>
              <Text className='report-cell report-at'>位置</Text>
              <Text className='report-cell report-name'>事项</Text>
              <Text className='report-cell report-missing'>缺少的内容</Text>
            </View>
            {result.report.map((r, i) => (
              <View key={`${r.key}-${i}`} className='report-row import-report-row'>
                <Text className='report-cell report-at'>{rowLabel(r.row)}</Text>
                <Text className='report-cell report-name'>
                  {r.name}（{r.key}）
                </Text>
                <Text className='report-cell report-missing'>{missingText(r.missing).replace(/^缺少：/, '')}</Text>
              </View>
            ))}
          </View>
          <LinkButton className='incomplete-link' onClick={() => openPage(catalogAdminUrl({ incomplete: true }))}>
            去补全不完整的事项
          </LinkButton>
        </>
      ) : null}
    </View>
  )
}

/** The files offered for download; `key` is also the button's class. */
const DOWNLOADS: readonly { key: string; text: string; download: () => Promise<void> }[] = [
  { key: 'template-xlsx', text: '下载导入模板（Excel）', download: () => downloadTemplate('xlsx') },
  { key: 'template-csv', text: '下载导入模板（CSV）', download: () => downloadTemplate('csv') },
  { key: 'export-json', text: '导出当前目录（JSON）', download: () => downloadExport('json') },
  { key: 'export-xlsx', text: '导出当前目录（Excel）', download: () => downloadExport('xlsx') }
]

function Downloads() {
  const { busy, message, run } = useAction()
  /** The download running (its button shows the spinner). */
  const [running, setRunning] = useState('')
  return (
    <View className='downloads'>
      <View className='action-row action-row-wrap'>
        {DOWNLOADS.map((d) => (
          <ActionButton
            key={d.key}
            className={`secondary-button admin-button ${d.key}`}
            busy={busy && running === d.key}
            onClick={() => {
              if (busy) return
              setRunning(d.key)
              void run(d.download)
            }}
          >
            {d.text}
          </ActionButton>
        ))}
      </View>
      {message ? <Text className='form-message download-message'>{message}</Text> : null}
      <Text className='form-note'>导出的是当前发布版本的全部事项；Excel 可改后再导入。</Text>
    </View>
  )
}

