import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { Delegation } from '@shared/contracts/catalog-admin'
import { LinkButton } from '../../ui/controls'
import { periodText, recallText, takenUpText, townshipsText } from '../../view-models/delegationForm'
import RecallForm from './RecallForm'
import './DelegationRow.css'

interface DelegationRowProps {
  delegation: Delegation
  matterName: string
  townshipNames: ReadonlyMap<string, string>
  recallable: boolean
  onRecalled: (delegation: Delegation) => void
}

/** One delegation: matter, townships, power source, decision, period, and 收回 where the admin may. */
export default function DelegationRow({ delegation: d, matterName, townshipNames, recallable, onRecalled }: DelegationRowProps) {
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
