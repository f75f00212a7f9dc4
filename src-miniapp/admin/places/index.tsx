// Shared admin styles first: this page's own come after and override them.
import '../admin.css'

import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import LoadError from '../../components/LoadError'
import { useRefresh } from '../../hooks/useApi'
import { useAction } from '../../hooks/useForm'
import { useRegions } from '../../hooks/useRegions'
import { useDepartmentContacts, useTownshipCentres, useVillageStations } from '../../hooks/useServicePlaces'
import {
  updateDepartmentContact,
  updateTownshipCentre,
  updateVillageStation,
  type DepartmentContact,
  type TownshipCentre,
  type VillageStation
} from '../../services/servicePlaces'
import type { StaffUser } from '../../services/types'
import ActionButton from '../../ui/ActionButton'
import { Chips, Field, LinkButton, TextBox } from '../../ui/controls'
import { blankToNull, checkPhone, checkText, shownOrMissing, stationLine } from '../../view-models/servicePlaces'
import { adminPage } from '../components/AdminGate'
import { ADMIN_FRAMES } from '../frames'
import './index.css'

const CITY_CODE = '4105'
type Section = 'centres' | 'departments'
const SECTIONS = [
  { value: 'centres' as const, label: '乡镇（街道）中心与服务站' },
  { value: 'departments' as const, label: '部门咨询电话' }
]

/**
 * 便民服务中心与咨询电话: what a guide prints as the place and phone. The county admin enters each township centre's
 * address, hours and phone, keeps the village station list (which villages have a station, which station serves
 * the others; rows made by the seeding rule say so) and each department's 咨询电话. Until a number is entered the
 * guide shows the 12345 hotline. The city admin reads any county.
 */
export default adminPage(ADMIN_FRAMES.places, Places)

function Places({ user }: { user: StaffUser }) {
  const own = user.role === 'county_admin' ? user.scope.filter((s) => s.kind === 'county').map((s) => s.regionCode) : []
  const [county, setCounty] = useState(own[0] ?? '')
  const [section, setSection] = useState<Section>('centres')
  const counties = useRegions(CITY_CODE)
  const editable = own.includes(county)
  return (
    <>
      <View className='card admin-card places-toolbar'>
        {user.role === 'city_admin' ? (
          <Field name='county' label='县（区）' hint='市级管理员只能查看' wide>
            <Chips className='county-filter' options={(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))} value={county} onChange={setCounty} />
          </Field>
        ) : null}
        <Chips className='filter-row places-sections' options={SECTIONS} value={section} onChange={setSection} />
        <Text className='form-note'>未登记的地址、电话，办事指南显示“暂未登记”和 12345 政务服务便民热线，不会显示编造的号码。</Text>
      </View>
      {county ? section === 'centres' ? <Centres county={county} editable={editable} /> : <Departments county={county} editable={editable} /> : null}
    </>
  )
}

function Centres({ county, editable }: { county: string; editable: boolean }) {
  const list = useTownshipCentres(county)
  const [open, setOpen] = useState<string | null>(null)
  return (
    <View className='card admin-card centres-card'>
      <Text className='section-title'>乡镇（街道）党政综合便民服务中心</Text>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data?.map((c) => (
        <View key={c.townshipCode} className='place-item centre-item'>
          <View className='place-head' onClick={() => setOpen(open === c.townshipCode ? null : c.townshipCode)}>
            <Text className='place-name centre-name'>{c.name}</Text>
            <Text className={`tag ${c.entered ? 'tag-done' : 'tag-missing'} centre-entered`}>{c.entered ? '已登记' : '未登记'}</Text>
            <Text className='place-facts'>{`${c.villages} 个村（社区），${c.stations} 个便民服务站`}</Text>
          </View>
          {open === c.townshipCode ? (
            <>
              <CentreForm centre={c} editable={editable} />
              <Stations township={c.townshipCode} editable={editable} />
            </>
          ) : null}
        </View>
      ))}
    </View>
  )
}

interface ContactValues {
  address: string
  hours: string
  phone: string
}
const contactErrors = (v: ContactValues) => [checkText(v.address, '地址'), checkText(v.hours, '办公时间'), checkPhone(v.phone)].filter(Boolean)[0]
const contactBody = (v: ContactValues) => ({ address: blankToNull(v.address), hours: blankToNull(v.hours), phone: blankToNull(v.phone) })

function ContactFields({ prefix, values, onChange }: { prefix: string; values: ContactValues; onChange: (v: ContactValues) => void }) {
  return (
    <View className='admin-grid'>
      <Field name={`${prefix}-address`} label='地址' wide>
        <TextBox className={`${prefix}-address`} value={values.address} maxlength={200} placeholder='留空表示暂未登记' onChange={(address) => onChange({ ...values, address })} />
      </Field>
      <Field name={`${prefix}-hours`} label='办公时间'>
        <TextBox className={`${prefix}-hours`} value={values.hours} maxlength={200} placeholder='例如 工作日 8:30—12:00，14:30—17:30' onChange={(hours) => onChange({ ...values, hours })} />
      </Field>
      <Field name={`${prefix}-phone`} label='电话'>
        <TextBox className={`${prefix}-phone`} value={values.phone} maxlength={20} placeholder='留空则显示 12345' onChange={(phone) => onChange({ ...values, phone })} />
      </Field>
    </View>
  )
}

function CentreForm({ centre, editable }: { centre: TownshipCentre; editable: boolean }) {
  const refresh = useRefresh()
  const action = useAction()
  const [values, setValues] = useState<ContactValues>({ address: centre.address ?? '', hours: centre.hours ?? '', phone: centre.phone ?? '' })
  if (!editable) {
    return (
      <View className='place-detail'>
        <Text className='place-line'>{shownOrMissing(centre.address, '地址')}</Text>
        <Text className='place-line'>{shownOrMissing(centre.hours, '办公时间')}</Text>
        <Text className='place-line'>{shownOrMissing(centre.phone, '电话')}</Text>
      </View>
    )
  }
  const save = () => {
    const problem = contactErrors(values)
    if (problem) return action.setMessage(problem)
    void action.run(async () => {
      await updateTownshipCentre(centre.townshipCode, contactBody(values))
      refresh('centres')
    })
  }
  return (
    <View className='place-detail centre-form'>
      <ContactFields prefix='centre' values={values} onChange={setValues} />
      {action.message ? <Text className='form-message'>{action.message}</Text> : null}
      <ActionButton className='primary-button centre-save' busy={action.busy} onClick={save}>保存中心信息</ActionButton>
    </View>
  )
}

function Stations({ township, editable }: { township: string; editable: boolean }) {
  const list = useVillageStations(township)
  const stations = (list.data ?? []).filter((s) => s.hasStation)
  return (
    <View className='stations'>
      <Text className='section-subtitle'>村（社区）便民服务站清单</Text>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data?.map((s) => <StationRow key={s.villageCode} station={s} stations={stations} editable={editable} />)}
    </View>
  )
}

function StationRow({ station, stations, editable }: { station: VillageStation; stations: VillageStation[]; editable: boolean }) {
  const refresh = useRefresh()
  const action = useAction()
  const [open, setOpen] = useState(false)
  const [has, setHas] = useState(station.hasStation)
  const [servedBy, setServedBy] = useState(station.hasStation ? '' : station.servedBy)
  const [values, setValues] = useState<ContactValues>({ address: station.address ?? '', hours: station.hours ?? '', phone: station.phone ?? '' })
  const others = stations.filter((s) => s.villageCode !== station.villageCode)
  const save = () => {
    const problem = has ? contactErrors(values) : servedBy ? undefined : '请选择为本村（社区）服务的便民服务站'
    if (problem) return action.setMessage(problem)
    void action.run(async () => {
      await updateVillageStation(station.villageCode, has ? { hasStation: true, ...contactBody(values) } : { hasStation: false, servedBy })
      setOpen(false)
      refresh('stations', 'centres')
    })
  }
  return (
    <View className={`station-item${station.seededByRule ? ' station-seeded' : ''}`}>
      <View className='place-head' onClick={() => editable && setOpen(!open)}>
        <Text className='place-name station-village'>{station.villageName}</Text>
        <Text className='place-facts station-line'>{stationLine(station)}</Text>
        {station.hasStation && station.phone ? <Text className='place-facts'>{station.phone}</Text> : null}
      </View>
      {open ? (
        <View className='place-detail station-form'>
          <Chips
            className='station-kind'
            options={[{ value: 'own', label: '本村（社区）设站' }, { value: 'shared', label: '由本乡镇其他站服务' }]}
            value={has ? 'own' : 'shared'}
            onChange={(v) => setHas(v === 'own')}
          />
          {has ? (
            <ContactFields prefix='station' values={values} onChange={setValues} />
          ) : (
            <Chips className='station-served-by' options={others.map((s) => ({ value: s.villageCode, label: s.stationName }))} value={servedBy} onChange={setServedBy} />
          )}
          {action.message ? <Text className='form-message'>{action.message}</Text> : null}
          <View className='station-actions'>
            <LinkButton className='station-cancel' onClick={() => setOpen(false)}>取消</LinkButton>
            <ActionButton className='primary-button station-save' busy={action.busy} onClick={save}>保存</ActionButton>
          </View>
        </View>
      ) : null}
    </View>
  )
}

function Departments({ county, editable }: { county: string; editable: boolean }) {
  const list = useDepartmentContacts(county)
  return (
    <View className='card admin-card departments-card'>
      <Text className='section-title'>各部门咨询电话</Text>
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {list.data?.map((d) => <DepartmentRow key={d.departmentCode} contact={d} editable={editable} />)}
    </View>
  )
}

function DepartmentRow({ contact, editable }: { contact: DepartmentContact; editable: boolean }) {
  const refresh = useRefresh()
  const action = useAction()
  const [phone, setPhone] = useState(contact.phone ?? '')
  const save = () => {
    const problem = checkPhone(phone)
    if (problem) return action.setMessage(problem)
    void action.run(async () => {
      await updateDepartmentContact(contact.countyCode, contact.departmentCode, blankToNull(phone))
      refresh('department-contacts')
    })
  }
  return (
    <View className={`place-item department-item department-${contact.departmentCode}`}>
      <Text className='place-name'>{contact.bodyName}</Text>
      {editable ? (
        <View className='department-edit'>
          <TextBox className='department-phone' value={phone} maxlength={20} placeholder='未登记：指南显示 12345' onChange={setPhone} />
          <ActionButton className='secondary-button department-save' busy={action.busy} onClick={save}>保存</ActionButton>
        </View>
      ) : (
        <Text className='place-facts'>{contact.phone ?? '未登记（指南显示 12345）'}</Text>
      )}
      {action.message ? <Text className='form-message'>{action.message}</Text> : null}
    </View>
  )
}
