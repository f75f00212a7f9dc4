import { View } from '@tarojs/components'
import type { ReactNode } from 'react'

import ActionButton from '../../ui/ActionButton'

interface ConfirmButtonsProps {
  /** Classes of the two buttons, e.g. 'recall-cancel' and 'recall-confirm' (browser tests find them). */
  cancelClass: string
  confirmClass: string
  /** The confirming button's spinner while its action runs. */
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
  /** 「确认收回」 */
  children: ReactNode
}

/** 「取消」 and the button that sends an admin form, side by side under it. */
export default function ConfirmButtons({ cancelClass, confirmClass, busy, onCancel, onConfirm, children }: ConfirmButtonsProps) {
  return (
    <View className='action-row'>
      <ActionButton className={`secondary-button admin-button ${cancelClass}`} onClick={onCancel}>
        取消
      </ActionButton>
      <ActionButton className={`primary-button admin-button ${confirmClass}`} busy={busy} onClick={onConfirm}>
        {children}
      </ActionButton>
    </View>
  )
}
