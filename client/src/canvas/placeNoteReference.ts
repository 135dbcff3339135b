import { createShapeId, type Editor } from 'tldraw'
import { JOURNEY_NOTE_TYPE, type JourneyNoteShapeUtil } from './JourneyNoteShape.react.tsx'

/**
 * Puts a live reference to a journey note on the canvas, centred on a screen point (a drop from the
 * map) or on the middle of the view (the picker), and selects it so it can be moved straight away.
 */
export function placeNoteReference(editor: Editor, noteId: string, at?: { x: number; y: number }): void {
  const { w, h } = editor.getShapeUtil<JourneyNoteShapeUtil>(JOURNEY_NOTE_TYPE).getDefaultProps()
  const centre = at ? editor.screenToPage(at) : editor.getViewportPageBounds().center
  const id = createShapeId()
  editor.markHistoryStoppingPoint('place journey note')
  editor.createShape({
    id,
    type: JOURNEY_NOTE_TYPE,
    x: centre.x - w / 2,
    y: centre.y - h / 2,
    props: { noteId },
  })
  editor.select(id)
}
