import { Text, View } from '@tarojs/components'
import { useState } from 'react'

import type { Delegation } from '@shared/contracts/catalog-admin'
import { LinkButton } from '../../ui/controls'
import { periodText, recallBadge, recallText, takenUpText, townshipsText } from '../../view-models/delegationForm'
import RecallForm from './RecallForm'
import WithdrawRecallForm from './WithdrawRecallForm'
import './DelegationRow.css'

interface DelegationRowProps {
  delegation: Delegation
  matterName: string
  townshipNames: ReadonlyMap<string, string>
  recallable: boolean
  /** A recall still to come may be withdrawn (county admin of the county). */
  withdrawable: boolean
  onChanged: (delegation: Delegation, change: 'recalled' | 'withdrawn') => void
}

/** One delegation: matter, townships, power source, decision, period, and 收回 / 撤回收回 where the admin may. */
export default function DelegationRow({ delegation: d, matterName, townshipNames, recallable, withdrawable, onChanged }: DelegationRowProps) {
  const [open, setOpen] = useState<'recall' | 'withdraw' | null>(null)
  const recall = recallText(d)
  const badge = recallBadge(d)
  const pending = d.recall?.pending === true
  return (
    <View className={`delegation-item${d.recall ? (pending ? ' delegation-recall-pending' : ' delegation-recalled') : ''}`}>
      <View className='draft-main'>
        <Text className='delegation-matter'>{matterName}</Text>
        <Text className={`badge delegation-taken${d.takenUp ? '' : ' badge-warning'}`}>{takenUpText(d)}</Text>
        {badge ? <Text className={`badge ${pending ? 'badge-warning' : 'badge-danger'} delegation-recall-badge`}>{badge}</Text> : null}
      </View>
      <View className='delegation-facts'>
        <Text className='delegation-fact delegation-townships'>承接：{townshipsText(d, townshipNames)}</Text>
        <Text className='delegation-fact delegation-source'>权力来源：{d.powerSourceName}</Text>
        <Text className='delegation-fact delegation-document'>文号：{d.documentNo}</Text>
        <Text className='delegation-fact delegation-period'>期限：{periodText(d)}</Text>
      </View>
      {recall ? <Text className={`delegation-recall${pending ? ' delegation-recall-later' : ''}`}>{recall}</Text> : null}
      {recallable && !open ? (
        <LinkButton className='danger-link recall-button' onClick={() => setOpen('recall')}>
          收回
        </LinkButton>
      ) : null}
      {withdrawable && !open ? (
        <LinkButton className='withdraw-recall-button' onClick={() => setOpen('withdraw')}>
          撤回收回
        </LinkButton>
      ) : null}
      {open === 'recall' ? (
        <RecallForm
          delegation={d}
          onCancel={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null)
            onChanged(next, 'recalled')
          }}
        />
      ) : null}
      {open === 'withdraw' ? (
        <WithdrawRecallForm
          delegation={d}
          onCancel={() => setOpen(null)}
          onDone={(next) => {
            setOpen(null)
            onChanged(next, 'withdrawn')
          }}
        />
      ) : null}
    </View>
  )
}
