import type { LaneKind, Note } from '@jm/shared'
import { Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { ACTIONS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useActionsUi } from './ActionsUi.tsx'
import { actionWrites, titleFromNote } from './actionWrites.ts'

/** Lanes whose notes an action addresses: what hurts, and the ideas to fix it. */
const ACTIONABLE: ReadonlySet<LaneKind> = new Set(['painPoints', 'opportunities'])

/** In the note toolbar: one action addressing the selected pain points and opportunities, opened in the panel. */
export function CreateActionButton(props: { notes: readonly Note[] }) {
  const board = useBoard()
  const ui = useActionsUi()
  const actionable = () => {
    const kinds = new Map(board.board.lanes.map((lane) => [lane.id, lane.kind]))
    return props.notes.filter((note) => ACTIONABLE.has(kinds.get(note.laneId) ?? 'custom'))
  }
  const create = () => {
    const [first] = actionable()
    if (!first) return
    const id = actionWrites(board).create(
      titleFromNote(first.text),
      actionable().map((note) => note.id),
    )
    if (id) ui.show(id)
  }
  return (
    <Show when={actionable().length > 0}>
      <button
        type="button"
        class="toolbar-button"
        data-testid="create-action"
        title={t(ACTIONS_MESSAGES).fromNotesHint}
        onClick={create}
      >
        {t(ACTIONS_MESSAGES).fromNotes}
      </button>
    </Show>
  )
}
