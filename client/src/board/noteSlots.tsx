import type { Note } from '@jm/shared'
import { type Component, createContext, type ParentProps, useContext } from 'solid-js'

/**
 * What features show on a note card without the board core importing them: the page fills the
 * slots (the vote's dots, for one), so the core stays below every feature that builds on it.
 */
export interface NoteSlots {
  /** Drawn last on the card, under its text and tags. */
  footer?: Component<{ note: Note }>
  /** Drawn in the note toolbar before its delete button, for the selected notes (editors only). */
  toolbar?: Component<{ notes: readonly Note[] }>
}

const NoteSlotsContext = createContext<NoteSlots>({})

export function NoteSlotsProvider(props: ParentProps<{ slots: NoteSlots }>) {
  return <NoteSlotsContext.Provider value={props.slots}>{props.children}</NoteSlotsContext.Provider>
}

export const useNoteSlots = () => useContext(NoteSlotsContext)
