import { createEffect, lazy, Show } from 'solid-js'
import { Portal } from 'solid-js/web'
import { useBoard } from '../board/BoardContext.tsx'
import { FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { createNoteMarks } from '../primitives/createNoteMarks.ts'
import { CommentsContext } from './commentsContext.ts'
import { createComments } from './createComments.ts'
import { openThreadCounts } from './openThreadCounts.ts'
import './followup.css'

// Loaded when first opened: the board's first load has a budget, and most visits never open it.
const FollowUpPanel = lazy(() =>
  import('./FollowUpPanel.tsx').then((module) => ({ default: module.FollowUpPanel })),
)

/** Topbar entry that opens the follow-up drawer (comments, versions, changes, measurement). */
export function FollowUpButton() {
  const board = useBoard()
  const open = () => board.sidePanel() === 'followup'
  const setOpen = (next: boolean) => board.setSidePanelOpen('followup', next)
  const comments = createComments(board.connection.doc)
  // Unresolved threads show on their notes as a small count, whether or not the panel is open.
  const markComments = createNoteMarks('open-comments')
  createEffect(() => {
    const counts = openThreadCounts(comments())
    markComments(
      [...counts].map(([noteId, count]) => ({
        ids: [noteId],
        css: `--open-comments:"${count}";`,
      })),
    )
  })
  return (
    <CommentsContext.Provider value={comments}>
      <button
        type="button"
        class="toolbar-button"
        data-testid="followup-toggle"
        aria-pressed={open()}
        onClick={() => setOpen(!open())}
      >
        {t(FOLLOW_UP_MESSAGES).button}
      </button>
      <Show when={open()}>
        <Portal>
          <FollowUpPanel onClose={() => setOpen(false)} />
        </Portal>
      </Show>
    </CommentsContext.Provider>
  )
}
