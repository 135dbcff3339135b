import { editNoteText, type LocalOrigin } from '@jm/shared'
import { onCleanup, onMount } from 'solid-js'
import * as Y from 'yjs'
import { isComposing } from '../keys/isComposing.ts'

interface Props {
  doc: Y.Doc
  text: Y.Text
  noteId: string
  origin: LocalOrigin
  onDone: () => void
}

/** The smallest single edit that turns `before` into `after`. */
function diff(before: string, after: string): { index: number; deleteCount: number; insert: string } {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before[start] === after[start]) start++
  let end = 0
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return {
    index: start,
    deleteCount: before.length - start - end,
    insert: after.slice(start, after.length - end),
  }
}

/**
 * A textarea bound to the note's Y.Text: local typing becomes character edits, remote edits are
 * merged in while the caret stays where it was (tracked as Yjs relative positions). Input inside an
 * IME composition is applied when the composition ends.
 */
export function NoteTextEditor(props: Props) {
  // The editor lives for one note; hold its Y.Text so cleanup never reads a disposed prop.
  const text = props.text
  let area!: HTMLTextAreaElement
  let composing = false
  let selection: [Y.RelativePosition, Y.RelativePosition] | null = null

  const rememberSelection = () => {
    selection = [
      Y.createRelativePositionFromTypeIndex(text, area.selectionStart),
      Y.createRelativePositionFromTypeIndex(text, area.selectionEnd),
    ]
  }
  const applyLocal = () => {
    const change = diff(text.toString(), area.value)
    if (change.deleteCount === 0 && change.insert === '') return
    editNoteText(props.doc, { noteId: props.noteId, ...change, now: Date.now() }, props.origin)
    rememberSelection()
  }
  const showRemote = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === props.origin || composing) return
    area.value = text.toString()
    if (selection && document.activeElement === area) {
      const [start, end] = selection.map(
        (pos) => Y.createAbsolutePositionFromRelativePosition(pos, props.doc)?.index ?? 0,
      )
      area.setSelectionRange(start ?? 0, end ?? 0)
    }
    autosize()
  }
  const autosize = () => {
    area.style.height = 'auto'
    area.style.height = `${area.scrollHeight}px`
  }

  onMount(() => {
    area.value = text.toString()
    area.focus()
    area.setSelectionRange(area.value.length, area.value.length)
    rememberSelection()
    autosize()
    text.observe(showRemote)
  })
  onCleanup(() => text.unobserve(showRemote))

  return (
    <textarea
      ref={area}
      class="note-editor"
      data-testid="note-editor"
      rows={2}
      onInput={() => {
        if (!composing) applyLocal()
        autosize()
      }}
      onCompositionStart={() => {
        composing = true
      }}
      onCompositionEnd={() => {
        composing = false
        applyLocal()
      }}
      onSelect={rememberSelection}
      onKeyUp={rememberSelection}
      onKeyDown={(event) => {
        if (isComposing(event)) return
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.metaKey || event.ctrlKey))) {
          event.preventDefault()
          props.onDone()
        }
      }}
      onBlur={() => props.onDone()}
    />
  )
}
