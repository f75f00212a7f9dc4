import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, useState, type ReactNode } from 'react'

import CountyPicker from '../../components/CountyPicker'
import InfoRow from '../../components/InfoRow'
import LoadError from '../../components/LoadError'
import {
  applyAction,
  defaultSituation,
  feesView,
  isHandheldGuide,
  keyFacts,
  materialGroups,
  materialsSummary,
  phoneNumbers,
  resultText,
  stepViews,
  type MaterialView,
  type PhoneNumber
} from '../../view-models/guideView'
import { useGuide } from '../../hooks/useCatalog'
import { useCounty } from '../../hooks/useCounty'
import { useSession } from '../../hooks/useSession'
import { usePageParams } from '../../hooks/usePageParams'
import { applyUrl, openCasePage } from '../../caseNavigation'
import { filingScope } from '../../view-models/filing'
import { goToMe, openAssistant, openPage } from '../../navigation'
import { areaCode, placeFor, type County } from '../../services/catalog'
import { openFormFile } from '../../services/formFiles'
import type { Guide } from '../../services/types'
import './index.css'

/**
 * 办事指南 of one matter (`?id=&name=`), laid out the way residents read it: what it is, how long and what it
 * costs, who may apply, what to bring (per situation), the steps, where to go and whom to call; then the legal
 * basis and questions; 问一问 asks the assistant about it. The office shown is the one of the chosen county (办事地区), which can be switched here.
 */
export default function MatterPage() {
  const { id, name: placeholder } = usePageParams('id', 'name')
  const [county, setCounty] = useCounty()
  const guide = useGuide(id, areaCode(county))

  return (
    <View className='page matter-page'>
      <View className='page-header guide-header'>
        <Text className='page-title guide-title'>{guide.data?.name ?? (placeholder || '办事指南')}</Text>
        <Text className='page-subtitle guide-department'>{guide.data?.department.name || '\u00a0'}</Text>
        {guide.data ? (
          <View className='guide-badges'>
            {isHandheldGuide(guide.data) ? <Text className='tag tag-light'>可掌上办</Text> : null}
            <Text className='tag tag-light'>{guide.data.typeName}</Text>
            <Text className='tag tag-light'>{guide.data.levelName}</Text>
            <Text className='tag tag-light ask-link' onClick={() => openAssistant(guide.data?.name)}>问一问 ›</Text>
            <Text className='tag tag-light complaint-link' onClick={() => openPage('/cases/complaint?matterId=' + id)}>投诉建议 ›</Text>
          </View>
        ) : null}
      </View>
      {guide.data ? (
        <GuideBody guide={guide.data} county={county} onCounty={setCounty} switching={guide.switching} />
      ) : (
        <View className='card'>
          {guide.error ? (
            <LoadError error={guide.error} onRetry={guide.reload} />
          ) : (
            <Text className='region-loading'>正在加载办事指南…</Text>
          )}
        </View>
      )}
    </View>
  )
}

interface GuideBodyProps {
  guide: Guide
  county: County | null
  onCounty: (county: County) => void
  switching: boolean
}

function GuideBody({ guide, county, onCounty, switching }: GuideBodyProps) {
  const facts = keyFacts(guide)
  const fees = feesView(guide)
  const handheld = isHandheldGuide(guide)

  return (
    <>
      <View className='card facts-card'>
        {facts.map((fact) => (
          <View key={fact.key} className={`fact-row fact-${fact.key}`}>
            <Text className='fact-label'>{fact.label}</Text>
            <View className='fact-body'>
              <Text className={`fact-value${fact.key === 'promise' ? ' guide-promise' : ''}`}>{fact.value}</Text>
              {fact.key === 'fees'
                ? fees.lines.map((line) => (
                    <Text key={line.name} className='fact-note fee-line'>
                      {line.name}：{line.standard}
                      {line.reducible ? '（符合条件的可减免）' : ''}
                    </Text>
                  ))
                : null}
              {fact.note ? <Text className='fact-note'>{fact.note}</Text> : null}
            </View>
          </View>
        ))}
      </View>

      <Section title='申请条件' className='conditions-section'>
        <View className='bullet-list'>
          {guide.conditions.map((condition, i) => (
            <Text key={i} className='bullet-item condition-item'>
              {condition}
            </Text>
          ))}
        </View>
      </Section>

      <Materials guide={guide} />

      <Section title='办理流程' className='steps-section'>
        <View className='step-list'>
          {stepViews(guide).map((step) => (
            <View key={step.index} className={`step-item${step.counted ? '' : ' step-uncounted'}`}>
              <Text className='step-index'>{step.index}</Text>
              <View className='step-body'>
                <View className='step-head'>
                  <Text className='step-name'>{step.name}</Text>
                  <Text className={`step-time${step.counted ? '' : ' tag tag-warn'}`}>{step.time}</Text>
                </View>
                <Text className='step-description'>{step.description}</Text>
                {step.note ? <Text className='step-note'>{step.note}</Text> : null}
              </View>
            </View>
          ))}
        </View>
      </Section>

      <Section title='办理结果' className='result-section'>
        <Text className='section-text guide-result'>{resultText(guide.result)}</Text>
      </Section>

      <Place guide={guide} county={county} onCounty={onCounty} switching={switching} />

      <Basis guide={guide} />

      {guide.faq.length > 0 ? (
        <Section title='常见问题' className='faq-section'>
          {guide.faq.map((item, i) => (
            <View key={i} className='faq-item'>
              <Text className='faq-question'>问：{item.q}</Text>
              <Text className='faq-answer'>答：{item.a}</Text>
            </View>
          ))}
        </Section>
      ) : null}

      <ApplyBar handheld={handheld} matter={guide} />
    </>
  )
}

function Section({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  return (
    <View className={`card guide-section ${className}`}>
      <Text className='section-title'>{title}</Text>
      <View className='section-body'>{children}</View>
    </View>
  )
}

function Materials({ guide }: { guide: Guide }) {
  const [situationId, setSituationId] = useState<string | null>(() => defaultSituation(guide))
  // Another guide (or version) may not have the chosen situation: fall back to its first one.
  const chosen = guide.situations.some((s) => s.id === situationId) ? situationId : defaultSituation(guide)
  const groups = useMemo(() => materialGroups(guide, chosen), [guide, chosen])
  const situation = guide.situations.find((s) => s.id === chosen)
  let number = 0

  return (
    <Section title='申请材料' className='materials-section'>
      {guide.situations.length > 0 ? (
        <View className='situations'>
          <Text className='situations-title'>您属于哪种情形？</Text>
          <View className='chip-group'>
            {guide.situations.map((s) => (
              <Text
                key={s.id}
                className={`chip situation-item${s.id === chosen ? ' chip-selected' : ''}`}
                onClick={() => setSituationId(s.id)}
              >
                {s.name}
              </Text>
            ))}
          </View>
          {situation?.description ? <Text className='situation-description'>{situation.description}</Text> : null}
        </View>
      ) : null}
      <Text className='materials-summary'>{materialsSummary(groups)}</Text>
      {groups.map((group) => (
        <View key={group.title || 'all'} className='material-group'>
          {group.title ? <Text className='material-group-title'>{group.title}</Text> : null}
          {group.materials.map((material) => (
            <MaterialItem key={material.id} material={material} number={++number} guide={guide} />
          ))}
        </View>
      ))}
    </Section>
  )
}

function MaterialItem({ material, number, guide }: { material: MaterialView; number: number; guide: Guide }) {
  const facts = [material.copies, material.form, material.source].filter(Boolean).join(' · ')
  return (
    <View className='material-item'>
      <View className='material-head'>
        <Text className='material-name'>
          {number}. {material.name}
        </Text>
        <Text className={`tag necessity necessity-${material.necessity}`}>{material.necessityLabel}</Text>
      </View>
      <Text className='material-facts'>{facts}</Text>
      {material.templates.length > 0 ? (
        <View className='material-templates'>
          {material.templates.map((t) => (
            <Text
              key={t.kind}
              className='tag tag-template form-link'
              onClick={() => openFormFile(guide.id, material.id, t.kind, guide.version).catch((e: Error) => Taro.showToast({ title: e.message || '表格打开失败，请稍后再试', icon: 'none' }))}
            >
              {t.label} ›
            </Text>
          ))}
        </View>
      ) : null}
      {material.note ? <Text className='material-note'>{material.note}</Text> : null}
      {material.acceptance ? <Text className='material-acceptance'>要求：{material.acceptance}</Text> : null}
    </View>
  )
}

function call(phone: PhoneNumber) {
  // Cancelling the call sheet rejects: nothing to do.
  Taro.makePhoneCall({ phoneNumber: phone.dial }).catch(() => undefined)
}

function Place({ guide, county, onCounty, switching }: GuideBodyProps) {
  const place = placeFor(guide, county)
  const counties = guide.places.map((p) => ({ code: p.countyCode, name: p.countyName }))
  const shown = place ? { code: place.countyCode, name: place.countyName } : county

  return (
    <View id='guide-place' className='card guide-section place-section'>
      <Text className='section-title'>办理地点</Text>
      <View className='section-body'>
        <CountyPicker
          className='guide-county'
          label='办理县区'
          counties={counties}
          value={shown}
          onChange={onCounty}
        />
        {switching ? <Text className='place-switching'>正在切换县区…</Text> : null}
        {guide.place ? <InfoRow label='办理地点' value={guide.place} className='guide-place' /> : null}
        {guide.placeNote ? <Text className='place-note guide-place-note'>{guide.placeNote}</Text> : null}
        {guide.address ? <InfoRow label='详细地址' value={guide.address} className='guide-address' /> : null}
        {guide.hours ? <InfoRow label='办公时间' value={guide.hours} className='guide-hours' /> : null}
        {place?.transit && guide.placeLevel === 'county' ? <InfoRow label='交通指引' value={place.transit} className='guide-transit' /> : null}
        {/* Until a county admin enters the number, the phone is the 12345 hotline: say so, not 咨询电话. */}
        {phoneNumbers(guide.phone, guide.phoneEntered ? undefined : ['政务服务便民热线', '服务热线']).map((phone) => (
          <PhoneLine key={phone.text} phone={phone} className='guide-phone' />
        ))}
        {phoneNumbers(guide.supervisePhone, ['监督投诉电话']).map((phone) => (
          <PhoneLine key={phone.text} phone={phone} className='supervise-phone' />
        ))}
      </View>
    </View>
  )
}

function PhoneLine({ phone, className }: { phone: PhoneNumber; className: string }) {
  return (
    <View className='info-row phone-row' hoverClass='link-hover' onClick={() => call(phone)}>
      <Text className='info-label'>{phone.label}</Text>
      <Text className={`info-value phone-number ${className}`}>{phone.text}</Text>
      <Text className='phone-call'>拨打</Text>
    </View>
  )
}

function Basis({ guide }: { guide: Guide }) {
  const [open, setOpen] = useState(false)
  if (guide.basis.length === 0) return null
  return (
    <View className='card guide-section basis-section'>
      <View className='section-toggle basis-toggle' hoverClass='link-hover' onClick={() => setOpen((o) => !o)}>
        <Text className='section-title'>设定依据</Text>
        <Text className='toggle-text'>{open ? '收起' : `展开（${guide.basis.length} 条）`}</Text>
      </View>
      {open ? (
        <View className='section-body'>
          {guide.basis.map((b, i) => (
            <View key={i} className='basis-item'>
              <Text className='basis-law'>
                {b.law}
                {b.article}
              </Text>
              <Text className='basis-excerpt'>{b.excerpt}</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}

function ApplyBar({ handheld, matter }: { handheld: boolean; matter: { id: string; name: string } }) {
  const session = useSession()
  const user = session?.user
  const files = user?.kind === 'staff' && filingScope(user) !== null

  const onApply = () => {
    const action = applyAction(handheld, session !== null, files)
    if (action === 'login') {
      void Taro.showToast({ title: '请先登录', icon: 'none' })
      goToMe()
    } else if (action === 'apply') {
      openCasePage(applyUrl(matter))
    } else {
      void Taro.pageScrollTo({ selector: '#guide-place', duration: 300 })
    }
  }

  return (
    <View className='apply-bar'>
      <Text className='apply-hint'>{files ? '为在场居民代办本事项' : handheld ? '本事项可在掌上办理' : '本事项需到窗口办理'}</Text>
      <Button className={`primary-button ${handheld || files ? 'apply-button' : 'place-button'}`} onClick={onApply}>
        {files ? '代办申请' : handheld ? '立即办理' : '查看办理地点'}
      </Button>
    </View>
  )
}
