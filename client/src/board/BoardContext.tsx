import {
  addNote,
  type BoardView,
  deleteNote,
  lanesOf,
  metaOf,
  moveNote,
  notesOf,
  OpError,
  type Role,
  stagesOf,
} from '@jm/shared'
import { type Accessor, createContext, createSignal, onCleanup, type ParentProps, useContext } from 'solid-js'
import * as Y from 'yjs'
import { createBoardStore } from '../primitives/createBoardStore.ts'
import type { BoardConnection } from '../sync/openBoard.ts'

export interface BoardActions {
  addNote(stageId: string, laneId: string): string | null
  moveNote(noteId: string, stageId: string, laneId: string, index: number): void
  deleteNote(noteId: string): void
  undo(): void
  redo(): void
}

/**
 * Consulted before a note is added or moved into a cell; false stops it (the gate says why, or
 * handles the note itself, e.g. facilitation locks and private brainstorming).
 */
export type NoteGate = (stageId: string, laneId: string, intent: 'add' | 'move') => boolean

export interface BoardContextValue {
  connection: BoardConnection
  board: BoardView
  role: Role
  author: string
  canEdit: Accessor<boolean>
  editingNote: Accessor<string | null>
  setEditingNote: (id: string | null) => void
  actions: BoardActions
  noteGates: Set<NoteGate>
}

const BoardContext = createContext<BoardContextValue>()

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext)
  if (!value) throw new Error('useBoard outside a BoardProvider')
  return value
}

/** Runs an operation; a refused one (e.g. its note was deleted meanwhile) changes nothing and is reported. */
function attempt<T>(run: () => T): T | null {
  try {
    return run()
  } catch (error) {
    if (error instanceof OpError) {
      console.warn(error.message)
      return null
    }
    throw error
  }
}

export function BoardProvider(
  props: ParentProps<{ connection: BoardConnection; role: Role; author: string; readOnly: boolean }>,
) {
  const { doc, origin } = props.connection
  const board = createBoardStore(doc)
  const [editingNote, setEditingNote] = createSignal<string | null>(null)
  // Undo touches only this person's own changes: the manager tracks this session's origin object.
  const undoManager = new Y.UndoManager([notesOf(doc), stagesOf(doc), lanesOf(doc), metaOf(doc)], {
    trackedOrigins: new Set([origin]),
    captureTimeout: 400,
  })
  onCleanup(() => undoManager.destroy())
  const canEdit = () => props.role !== 'viewer' && !props.readOnly
  const noteGates = new Set<NoteGate>()
  const gatesAllow = (stageId: string, laneId: string, intent: 'add' | 'move') =>
    [...noteGates].every((gate) => gate(stageId, laneId, intent))

  const actions: BoardActions = {
    addNote(stageId, laneId) {
      if (!canEdit() || !gatesAllow(stageId, laneId, 'add')) return null
      const id = attempt(() =>
        addNote(doc, { stageId, laneId, author: props.author, now: Date.now() }, origin),
      )
      if (id) setEditingNote(id)
      return id
    },
    moveNote(noteId, stageId, laneId, index) {
      if (canEdit() && gatesAllow(stageId, laneId, 'move'))
        attempt(() => moveNote(doc, { noteId, stageId, laneId, index, now: Date.now() }, origin))
    },
    deleteNote(noteId) {
      if (canEdit()) attempt(() => deleteNote(doc, { noteId }, origin))
    },
    undo() {
      if (canEdit()) undoManager.undo()
    },
    redo() {
      if (canEdit()) undoManager.redo()
    },
  }

  const value: BoardContextValue = {
    connection: props.connection,
    board,
    role: props.role,
    author: props.author,
    canEdit,
    editingNote,
    setEditingNote,
    actions,
    noteGates,
  }
  return <BoardContext.Provider value={value}>{props.children}</BoardContext.Provider>
}
