import { createContext, createSignal, type ParentProps, useContext } from 'solid-js'
import type { Presence } from './createPresence.ts'

export interface PresenceContextValue {
  presence: Presence
  /** The awareness client id of the person whose view this one follows. */
  following: () => number | null
  follow: (clientId: number | null) => void
}

const PresenceContext = createContext<PresenceContextValue>()

export function PresenceProvider(props: ParentProps<{ presence: Presence }>) {
  const [following, follow] = createSignal<number | null>(null)
  return (
    <PresenceContext.Provider value={{ presence: props.presence, following, follow }}>
      {props.children}
    </PresenceContext.Provider>
  )
}

export function usePresence(): PresenceContextValue {
  const value = useContext(PresenceContext)
  if (!value) throw new Error('usePresence outside a PresenceProvider')
  return value
}
