import { useDidHide, useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'

import { getChatHistory, sendChat, type ChatTurn } from '../services/chat'
import { toApiError, type ApiError } from '../services/errors'
import { taroStorage } from '../services/store'
import { appendExchange, createChatSessionStore, HANDOFF_POLL_MS, openHandoff } from '../view-models/chatView'
import { useCounty } from './useCounty'
import { useSession } from './useSession'

const conversations = createChatSessionStore(taroStorage)

export interface Chat {
  turns: ChatTurn[]
  /** The kept conversation is being read back (the page opened again). */
  restoring: boolean
  /** Reading it back failed (重试: reload). */
  restoreError: ApiError | null
  reload: () => void
  /** The question on its way, shown as the resident's bubble until answered. */
  sending: string | null
  /** The last question that could not be sent, with why (重试: retry). */
  failed: { text: string; error: ApiError } | null
  send: (text: string) => void
  retry: () => void
  /** The hand-over waiting for a clerk's answer (its ticket id), if any. */
  handoff: string | null
}

/**
 * One conversation with the assistant: its id kept on the phone (per signed-in person) and its turns read back
 * when the page opens and whenever it shows again; questions sent with the chosen 办事地区; while a hand-over is
 * open and the page is shown, the history is asked every 5 s so the clerk's answer appears. `ask` is sent as the
 * first question once the kept conversation is back (the guide's 问一问, a search that found nothing).
 */
export function useChat(ask = ''): Chat {
  const current = useSession()
  const owner = current?.user?.id ?? ''
  const [county] = useCounty()
  const [sessionId, setSessionId] = useState<string | null>(() => conversations.read(owner))
  const [turns, setTurns] = useState<ChatTurn[]>([])
  const [restoring, setRestoring] = useState(sessionId !== null)
  const [restoreError, setRestoreError] = useState<ApiError | null>(null)
  const [sending, setSending] = useState<string | null>(null)
  const [failed, setFailed] = useState<Chat['failed']>(null)
  const [shown, setShown] = useState(true)
  // Bumped by every question sent: a history asked for before it must not replace the newer turns.
  const version = useRef(0)
  const asked = useRef(false)

  const forget = useCallback(() => {
    conversations.clear()
    setSessionId(null)
    setTurns([])
  }, [])

  const load = useCallback(
    async (id: string | null, quiet: boolean) => {
      if (!id) {
        setRestoring(false)
        return
      }
      const at = version.current
      if (!quiet) setRestoreError(null)
      try {
        const history = await getChatHistory(id)
        if (version.current === at) setTurns(history.turns)
        setRestoreError(null)
      } catch (err) {
        const error = toApiError(err)
        // Gone or not this person's (another account signed in): start afresh.
        if (error.status === 404 || error.status === 403) forget()
        else if (!quiet) setRestoreError(error)
      } finally {
        setRestoring(false)
      }
    },
    [forget]
  )

  // Another person signed in (or out): their own conversation, if they have one here.
  useEffect(() => {
    const id = conversations.read(owner)
    setSessionId(id)
    setTurns([])
    setRestoring(id !== null)
    void load(id, false)
  }, [owner, load])

  useDidShow(() => {
    setShown(true)
    if (!restoring) void load(sessionId, true)
  })
  useDidHide(() => setShown(false))

  const handoff = openHandoff(turns)
  useEffect(() => {
    if (!handoff || !shown || !sessionId) return undefined
    const timer = setInterval(() => void load(sessionId, true), HANDOFF_POLL_MS)
    return () => clearInterval(timer)
  }, [handoff, shown, sessionId, load])

  const send = useCallback(
    (raw: string) => {
      const text = raw.trim()
      if (!text || sending !== null) return
      version.current += 1
      setFailed(null)
      setSending(text)
      const regionCode = county?.code || undefined
      const attempt = async (id: string | null) => {
        const answer = await sendChat({ sessionId: id ?? undefined, text, regionCode })
        // Kept under whoever asked (a conversation begun signed out becomes the resident's once they ask in it).
        conversations.save(owner, answer.sessionId)
        if (answer.sessionId !== id) setSessionId(answer.sessionId)
        version.current += 1
        setTurns((before) => appendExchange(id === answer.sessionId ? before : [], text, answer.replies, new Date().toISOString()))
      }
      void (async () => {
        try {
          try {
            await attempt(sessionId)
          } catch (err) {
            // The kept conversation is gone (or belongs to someone else): ask again in a new one.
            if (sessionId && toApiError(err).status === 404) {
              forget()
              await attempt(null)
            } else {
              throw err
            }
          }
        } catch (err) {
          setFailed({ text, error: toApiError(err) })
        } finally {
          setSending(null)
        }
      })()
    },
    [sending, county, sessionId, owner, forget]
  )

  const retry = useCallback(() => {
    if (failed) send(failed.text)
  }, [failed, send])

  // The first question handed over by the page that opened the chat, once the kept conversation is back.
  useEffect(() => {
    if (!ask.trim() || asked.current || restoring) return
    asked.current = true
    send(ask)
  }, [ask, restoring, send])

  return {
    turns,
    restoring,
    restoreError,
    reload: () => void load(sessionId, false),
    sending,
    failed,
    send,
    retry,
    handoff
  }
}
