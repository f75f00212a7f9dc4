import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface PageHeaderProps {
  title: string
  /** The line under the title; none when undefined. Pass '\u00a0' to keep its room while it loads. */
  subtitle?: string
  /** Extra classes of the header, the title and the subtitle (browser tests find e.g. 'region-path'). */
  className?: string
  titleClass?: string
  subtitleClass?: string
  /** Under the subtitle, e.g. the county picker of the home page. */
  children?: ReactNode
}

const classes = (...names: string[]) => names.filter(Boolean).join(' ')

/** The blue band at the top of a resident or staff page. */
export default function PageHeader({ title, subtitle, className = '', titleClass = '', subtitleClass = '', children }: PageHeaderProps) {
  return (
    <View className={classes('page-header', className)}>
      <Text className={classes('page-title', titleClass)}>{title}</Text>
      {subtitle !== undefined ? <Text className={classes('page-subtitle', subtitleClass)}>{subtitle}</Text> : null}
      {children}
    </View>
  )
}
