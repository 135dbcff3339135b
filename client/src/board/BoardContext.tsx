import {
  actionsOf,
  addNote,
  attachmentsOf,
  type BoardView,
  can,
  deleteNote,
  type Lane,
  lanesOf,
  linksOf,
  mapsOf,
  metaOf,
  moveNote,
  type NoteColor,
  type NoteContent,
  notesOf,
  personasOf,
  prepareNoteCellIndex,
  type Role,
  type Stage,
  setNoteFields,
  stagesOf,
} from '@jm/shared'
import {
  type Accessor,
  createContext,
  createMemo,
  createSignal,
  onCleanup,
  type ParentProps,
  useContext,
} from 'solid-js'
import * as Y from 'yjs'
import { type BoardStore, createBoardStore } from '../primitives/createBoardStore.ts'
import { afterNextPaint } from '../sync/afterNextPaint.ts'
import type { BoardSession } from '../sync/BoardSession.ts'
import type { RoomConnection } from '../sync/openRoom.ts'
import { attempt } from './attempt.ts'
import { createEvidenceActions, type EvidenceActions } from './evidence/evidenceActions.ts'
import { type BoardSearch, createBoardSearch } from './search/createBoardSearch.ts'
import { createSelection, type Selection } from './selection.ts'
import { createStructureActions, type StructureActions } from './structure/structureActions.ts'

export type SidePanel = 'stage' | 'facilitate' | 'followup' | 'actions'

export interface NoteFieldChange {
  color?: NoteColor
  emotion?: number | null
  addTag?: string
  removeTag?: string
  /** A persona id, or '' for the map's own persona. */
  personaId?: string
}

export interface BoardActions {
  addNote(stageId: string, laneId: string, index?: number): string | null
  /** Moves the notes, in the given order, to consecutive places from `index` in the cell. */
  moveNotes(noteIds: readonly string[], stageId: string, laneId: string, index: number): void
  /** Adds notes with their content at consecutive places from `index`, as one undo step; their ids. */
  pasteNotes(stageId: string, laneId: string, index: number, notes: readonly NoteContent[]): string[]
  deleteNotes(noteIds: readonly string[]): void
  setNoteFields(noteIds: readonly string[], change: NoteFieldChange): void
  undo(): void
  redo(): void
}

/**
 * Consulted before a note is added or moved into a cell; false stops it (the gate says why, or
 * handles the note itself, e.g. facilitation locks and private brainstorming).
 */
export type NoteGate = (stageId: string, laneId: string, intent: 'add' | 'move') => boolean

export interface BoardContextValue {
  boardId: string
  /** This participant's signed token, for API calls. */
  token: string
  /** The open board's rooms (the map's, and those features open beside it). */
  session: BoardSession
  /** The map's room: `session.content`. */
  connection: RoomConnection
  board: BoardView
  /** The notes of one cell, in display order, plain (tracks that cell only); `liveNote` to render one. */
  notesIn: BoardStore['notesIn']
  liveNote: BoardStore['live']
  /** All placed notes, plain, for board-wide summaries (see createBoardStore). */
  plainNotes: BoardStore['plainNotes']
  role: Role
  author: string
  canEdit: Accessor<boolean>
  /** Whether this person may change the map's skeleton: stages, lanes, maps, personas, board title. */
  canEditStructure: Accessor<boolean>
  /** Facilitation sets this while the facilitator has locked the skeleton for this person. */
  setStructureLocked: (locked: boolean) => void
  editingNote: Accessor<string | null>
  setEditingNote: (id: string | null) => void
  selection: Selection
  /** Search inside this board (notes of the map shown). */
  search: BoardSearch
  /** The map shown on the grid (a board can hold a current-state and a future-state map). */
  activeMapId: Accessor<string>
  setActiveMapId: (id: string) => void
  /** The shown map's stages and lanes, in order: the grid's columns and rows. */
  mapStages: Accessor<Stage[]>
  mapLanes: Accessor<Lane[]>
  /** The side panel open on the right: one at a time, so none opens hidden under another. */
  sidePanel: Accessor<SidePanel | null>
  /** Opens a side panel in place of the one open, or closes it if it is the one open. */
  setSidePanelOpen: (panel: SidePanel, open: boolean) => void
  /** The stage whose details panel is open. */
  stagePanel: Accessor<string | null>
  openStagePanel: (stageId: string | null) => void
  /** How many notes the last delete removed (for the "Undo" notice), with a counter to re-show it. */
  lastDelete: Accessor<{ count: number; seq: number } | null>
  canUndo: Accessor<boolean>
  canRedo: Accessor<boolean>
  actions: BoardActions
  /** Stages, lanes and map fields. */
  structure: StructureActions
  /** Links and attachments of notes and stages. */
  evidence: EvidenceActions
  noteGates: Set<NoteGate>
}

const BoardContext = createContext<BoardContextValue>()

export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext)
  if (!value) throw new Error('useBoard outside a BoardProvider')
  return value
}

export function BoardProvider(
  props: ParentProps<{
    session: BoardSession
    role: Role
    author: string
    readOnly: boolean
  }>,
) {
  const { doc, origin } = props.session.content
  const { board, notesIn, live: liveNote, plainNotes } = createBoardStore(doc)
  // Built after the first frame, the note cell index keeps that cost out of the first note moved.
  afterNextPaint(() => prepareNoteCellIndex(doc))
  const selection = createSelection()
  // A workspace search hit opens the board with its note selected (`#token=…&note=<id>`).
  const wantedNote = new URLSearchParams(location.hash.slice(1)).get('note')
  if (wantedNote) selection.select(wantedNote)
  const [chosenMap, setActiveMapId] = createSignal<string | null>(null)
  // The chosen map while it exists, else the first one (e.g. after someone else deleted it).
  const activeMapId = () => {
    const chosen = chosenMap()
    return board.maps.some((map) => map.id === chosen) ? (chosen ?? '') : (board.maps[0]?.id ?? '')
  }
  const mapStages = createMemo(() => board.stages.filter((stage) => stage.mapId === activeMapId()))
  const mapLanes = createMemo(() => board.lanes.filter((lane) => lane.mapId === activeMapId()))
  const search = createBoardSearch({ notes: plainNotes, stages: mapStages, lanes: mapLanes })
  const [editingNote, setEditingNote] = createSignal<string | null>(null)
  const [sidePanel, setSidePanel] = createSignal<SidePanel | null>(null)
  const setSidePanelOpen = (panel: SidePanel, open: boolean) => {
    if (open) setSidePanel(panel)
    else if (sidePanel() === panel) setSidePanel(null)
  }
  const [panelStage, setPanelStage] = createSignal<string | null>(null)
  const stagePanel = () => (sidePanel() === 'stage' ? panelStage() : null)
  const openStagePanel = (stageId: string | null) => {
    setPanelStage(stageId)
    setSidePanelOpen('stage', stageId !== null)
  }
  // Undo touches only this person's own changes: the manager tracks this session's origin object.
  const undoManager = new Y.UndoManager(
    [
      notesOf(doc),
      stagesOf(doc),
      lanesOf(doc),
      mapsOf(doc),
      personasOf(doc),
      metaOf(doc),
      actionsOf(doc),
      linksOf(doc),
      attachmentsOf(doc),
    ],
    {
      trackedOrigins: new Set([origin]),
      captureTimeout: 400,
    },
  )
  const [lastDelete, setLastDelete] = createSignal<{ count: number; seq: number } | null>(null)
  const [canUndo, setCanUndo] = createSignal(false)
  const [canRedo, setCanRedo] = createSignal(false)
  const refreshUndo = () => {
    setCanUndo(undoManager.canUndo())
    setCanRedo(undoManager.canRedo())
  }
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const)
    undoManager.on(event, refreshUndo)
  onCleanup(() => undoManager.destroy())
  const canEdit = () => can(props.role, 'editContent') && !props.readOnly
  const [structureLocked, setStructureLocked] = createSignal(false)
  const canEditStructure = () => canEdit() && !structureLocked()
  const noteGates = new Set<NoteGate>()
  const gatesAllow = (stageId: string, laneId: string, intent: 'add' | 'move') =>
    [...noteGates].every((gate) => gate(stageId, laneId, intent))
  const notes = notesOf(doc)
  const dropGone = () => selection.retain((id) => notes.has(id))
  notes.observe(dropGone)
  onCleanup(() => notes.unobserve(dropGone))

  /** Several operations as one transaction, so one undo step reverts them together. */
  const together = (run: () => void) => {
    undoManager.stopCapturing()
    doc.transact(run, origin)
    undoManager.stopCapturing()
  }

  const actions: BoardActions = {
    addNote(stageId, laneId, index) {
      if (!canEdit() || !gatesAllow(stageId, laneId, 'add')) return null
      undoManager.stopCapturing()
      const id = attempt(() =>
        addNote(doc, { stageId, laneId, index, author: props.author, now: Date.now() }, origin),
      )
      if (id) {
        selection.select(id)
        setEditingNote(id)
      }
      return id
    },
    pasteNotes(stageId, laneId, index, notes) {
      if (!canEdit() || notes.length === 0 || !gatesAllow(stageId, laneId, 'add')) return []
      const ids: string[] = []
      together(() => {
        for (const [offset, note] of notes.entries()) {
          const now = Date.now()
          const base = { stageId, laneId, index: index + offset, author: props.author, now }
          const id = attempt(() => addNote(doc, { ...base, text: note.text, color: note.color }, origin))
          if (!id) continue
          ids.push(id)
          if (note.tags?.length || note.emotion != null)
            attempt(() =>
              setNoteFields(doc, { noteId: id, tags: note.tags, emotion: note.emotion ?? null, now }, origin),
            )
        }
      })
      return ids
    },
    moveNotes(noteIds, stageId, laneId, index) {
      if (!canEdit() || !gatesAllow(stageId, laneId, 'move')) return
      together(() => {
        for (const [offset, noteId] of noteIds.entries())
          attempt(() =>
            moveNote(doc, { noteId, stageId, laneId, index: index + offset, now: Date.now() }, origin),
          )
      })
    },
    deleteNotes(noteIds) {
      if (!canEdit()) return
      let count = 0
      together(() => {
        for (const noteId of noteIds) if (attempt(() => deleteNote(doc, { noteId }, origin)) !== null) count++
      })
      if (count > 0) setLastDelete({ count, seq: (lastDelete()?.seq ?? 0) + 1 })
    },
    setNoteFields(noteIds, change) {
      if (!canEdit()) return
      together(() => {
        for (const noteId of noteIds) {
          const note = board.notes.find((candidate) => candidate.id === noteId)
          if (!note) continue
          let tags: string[] | undefined
          if (change.addTag) tags = [...note.tags, change.addTag]
          if (change.removeTag) tags = note.tags.filter((tag) => tag !== change.removeTag)
          attempt(() =>
            setNoteFields(
              doc,
              {
                noteId,
                color: change.color,
                emotion: change.emotion,
                tags,
                personaId: change.personaId,
                now: Date.now(),
              },
              origin,
            ),
          )
        }
      })
    },
    undo() {
      setLastDelete(null)
      if (canEdit()) undoManager.undo()
    },
    redo() {
      if (canEdit()) undoManager.redo()
    },
  }

  const value: BoardContextValue = {
    boardId: props.session.boardId,
    token: props.session.token,
    session: props.session,
    connection: props.session.content,
    board,
    notesIn,
    liveNote,
    plainNotes,
    role: props.role,
    author: props.author,
    canEdit,
    canEditStructure,
    setStructureLocked,
    editingNote,
    setEditingNote,
    selection,
    search,
    activeMapId,
    setActiveMapId,
    mapStages,
    mapLanes,
    sidePanel,
    setSidePanelOpen,
    stagePanel,
    openStagePanel,
    lastDelete,
    canUndo,
    canRedo,
    actions,
    structure: createStructureActions({
      doc,
      origin,
      canEdit: canEditStructure,
      stopCapturing: () => undoManager.stopCapturing(),
    }),
    evidence: createEvidenceActions({
      doc,
      origin,
      board,
      boardId: props.session.boardId,
      token: props.session.token,
      author: props.author,
      canEdit,
      stopCapturing: () => undoManager.stopCapturing(),
    }),
    noteGates,
  }
  return <BoardContext.Provider value={value}>{props.children}</BoardContext.Provider>
}
