import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'

import PagedList from '../components/PagedList'
import StaffOnly from '../components/StaffOnly'
import { useTickets } from '../hooks/useConsultations'
import type { TicketSummary } from '../services/chat'
import { Chips } from '../ui/controls'
import { TICKET_TABS, ticketLine, type TicketStatus } from '../view-models/chatView'
import { openTicket } from './ticketLinks'
import './workbench.css'

/** 咨询工单: questions the assistant handed over to the clerk's queues (转人工): 待答复 oldest first, 已答复 newest first. */
export default function TicketsPage() {
  return (
    <View className='page tickets-page'>
      <View className='page-header'>
        <Text className='page-title'>咨询工单</Text>
        <Text className='page-subtitle'>居民在智能客服中转人工的咨询，答复后居民在对话中即可看到</Text>
      </View>
      <StaffOnly>{(_user, token) => <Tickets token={token} />}</StaffOnly>
    </View>
  )
}

function Tickets({ token }: { token: string }) {
  const [status, setStatus] = useState<TicketStatus>('open')
  const [page, setPage] = useState(1)
  const tickets = useTickets(token, status, page)
  usePullDownRefresh(() => {
    tickets.reload()
    void Taro.stopPullDownRefresh()
  })
  return (
    <>
      <View className='card ticket-tabs'>
        <Chips
          className='filter-row ticket-tab-row'
          options={TICKET_TABS}
          value={status}
          onChange={(v) => {
            setStatus(v)
            setPage(1)
          }}
        />
      </View>
      <View className='card ticket-list-card'>
        <PagedList state={tickets} empty={status === 'open' ? '暂无待答复的咨询' : '暂无已答复的咨询'} className='row-list ticket-list' onPage={setPage}>
          {(ticket) => <TicketRow key={ticket.id} ticket={ticket} />}
        </PagedList>
      </View>
    </>
  )
}

function TicketRow({ ticket }: { ticket: TicketSummary }) {
  return (
    <View className='row-list-item ticket-row' data-id={ticket.id} hoverClass='link-hover' onClick={() => openTicket(ticket.id)}>
      <View className='case-row-head'>
        <Text className='row-list-name ticket-question'>{ticket.question}</Text>
        <Text className={`tag tone-${ticket.status === 'open' ? 'warn' : 'success'} ticket-status`}>
          {ticket.status === 'open' ? '待答复' : '已答复'}
        </Text>
      </View>
      <Text className='work-row-line ticket-line'>{ticketLine(ticket)}</Text>
      {ticket.answer ? <Text className='work-row-line ticket-answer-preview'>答复：{ticket.answer}</Text> : null}
    </View>
  )
}
