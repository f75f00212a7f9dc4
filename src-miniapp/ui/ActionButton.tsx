import { Button } from '@tarojs/components'
import type { ReactNode } from 'react'

interface ActionButtonProps {
  /** e.g. 'primary-button save-button' (see app.css). */
  className: string
  /** Shows a spinner and ignores taps while the action runs. */
  busy?: boolean
  disabled?: boolean
  onClick: () => void
  children: ReactNode
}

/**
 * A Button whose `loading` and `disabled` are only set when true: on H5 a false value still becomes an
 * attribute (disabled="false"), which Taro's own [disabled] style shows as a disabled button.
 */
export default function ActionButton({ className, busy = false, disabled = false, onClick, children }: ActionButtonProps) {
  const off = busy || disabled
  return (
    <Button
      className={off ? `${className} button-disabled` : className}
      loading={busy || undefined}
      disabled={off || undefined}
      onClick={off ? undefined : onClick}
    >
      {children}
    </Button>
  )
}
