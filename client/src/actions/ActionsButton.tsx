import { isOverdue } from '@jm/shared'
import { createEffect, createMemo, lazy, Show } from 'solid-js'
import { Portal } from 'solid-js/web'
import { useBoard } from '../board/BoardContext.tsx'
import { ACTIONS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { createNoteMarks } from '../primitives/createNoteMarks.ts'
import { localToday } from '../primitives/localToday.ts'
import './actions.css'

// Loaded when first opened, like the follow-up drawer: the board's first load has a budget.
const ActionsPanel = lazy(() =>
  import('./ActionsPanel.tsx').then((module) => ({ default: module.ActionsPanel })),
)

/** Top bar entry that opens the actions panel; it also marks each note with its number of actions. */
export function ActionsButton() {
  const board = useBoard()
  const open = () => board.sidePanel() === 'actions'
  const setOpen = (next: boolean) => board.setSidePanelOpen('actions', next)
  const today = localToday()
  const openActions = createMemo(() =>
    board.board.actions.filter((action) => action.status !== 'done' && action.status !== 'dropped'),
  )
  const overdue = () => openActions().filter((action) => isOverdue(action, today)).length
  const markNotes = createNoteMarks('action-count')
  createEffect(() => {
    const counts = new Map<string, number>()
    for (const action of board.board.actions)
      for (const noteId of action.noteIds) counts.set(noteId, (counts.get(noteId) ?? 0) + 1)
    markNotes([...counts].map(([noteId, count]) => ({ ids: [noteId], css: `--action-count:"⚑ ${count}";` })))
  })
  return (
    <>
      <button
        type="button"
        class="toolbar-button"
        data-testid="actions-toggle"
        aria-pressed={open()}
        title={t(ACTIONS_MESSAGES).summary(openActions().length, overdue())}
        onClick={() => setOpen(!open())}
      >
        {t(ACTIONS_MESSAGES).button}
        <Show when={openActions().length > 0}>
          <span class="action-count" classList={{ overdue: overdue() > 0 }} data-testid="actions-open-count">
            {openActions().length}
          </span>
        </Show>
      </button>
      <Show when={open()}>
        <Portal>
          <ActionsPanel onClose={() => setOpen(false)} />
        </Portal>
      </Show>
    </>
  )
}
