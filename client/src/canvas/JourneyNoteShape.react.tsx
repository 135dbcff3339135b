/** @jsxImportSource react */
import { createContext, useContext, useSyncExternalStore } from 'react'
import {
  HTMLContainer,
  Rectangle2d,
  resizeBox,
  ShapeUtil,
  T,
  type TLResizeInfo,
  type TLShape,
  useEditor,
} from 'tldraw'
import type { CanvasMessages } from '../i18n/canvasMessages.ts'
import type { JourneyNotes } from './journeyNotes.ts'

export const JOURNEY_NOTE_TYPE = 'journey-note'

declare module 'tldraw' {
  export interface TLGlobalShapePropsMap {
    [JOURNEY_NOTE_TYPE]: { noteId: string; w: number; h: number }
  }
}

export type JourneyNoteShape = TLShape<typeof JOURNEY_NOTE_TYPE>

/** The board's notes and the labels, provided around <Tldraw> so every note reference can read them. */
export const JourneyNotesContext = createContext<{ notes: JourneyNotes; labels: CanvasMessages } | null>(null)

/**
 * A live reference to a journey note: the shape stores only the note's id; its text and colour are
 * read from the board document on every change, and its button shows the note on the map.
 */
export class JourneyNoteShapeUtil extends ShapeUtil<JourneyNoteShape> {
  static override type = JOURNEY_NOTE_TYPE
  static override props = { noteId: T.string, w: T.positiveNumber, h: T.positiveNumber }

  override canEdit = () => false
  override canResize = () => true

  getDefaultProps(): JourneyNoteShape['props'] {
    return { noteId: '', w: 220, h: 120 }
  }

  getGeometry(shape: JourneyNoteShape) {
    return new Rectangle2d({ width: shape.props.w, height: shape.props.h, isFilled: true })
  }

  override onResize(shape: JourneyNoteShape, info: TLResizeInfo<JourneyNoteShape>) {
    return resizeBox(shape, info)
  }

  component(shape: JourneyNoteShape) {
    return (
      <HTMLContainer style={{ width: shape.props.w, height: shape.props.h }}>
        <JourneyNoteCard noteId={shape.props.noteId} />
      </HTMLContainer>
    )
  }

  getIndicatorPath(shape: JourneyNoteShape) {
    const path = new Path2D()
    path.roundRect(0, 0, shape.props.w, shape.props.h, 6)
    return path
  }
}

function JourneyNoteCard(props: { noteId: string }) {
  const editor = useEditor()
  const context = useContext(JourneyNotesContext)
  if (!context) throw new Error('JourneyNoteCard outside a JourneyNotesContext')
  const { notes, labels } = context
  const note = useSyncExternalStore(notes.subscribe, () => notes.read(props.noteId))
  return (
    <div
      className={`canvas-note note note-${note?.color ?? 'gray'}`}
      data-testid="canvas-note"
      data-note-id={props.noteId}
    >
      <p className="note-text canvas-note-text">{note ? note.text || '…' : labels.noteDeleted}</p>
      {note && (
        <button
          type="button"
          className="canvas-note-open"
          data-testid="canvas-note-open"
          // The button takes its own pointer events; tldraw would otherwise start selecting the shape.
          onPointerDown={(event) => editor.markEventAsHandled(event)}
          onClick={() => notes.open(props.noteId)}
        >
          {labels.showOnMap}
        </button>
      )}
    </div>
  )
}
