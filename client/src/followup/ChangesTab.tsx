import { type BoardDiff, diffBoards, digestByCell, laneLabel, readBoard } from '@jm/shared'
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js'
import * as Y from 'yjs'
import { useBoard } from '../board/BoardContext.tsx'
import { APP_MESSAGES, FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import { createNoteMarks } from '../primitives/createNoteMarks.ts'
import { loadSeen, saveSeen } from '../session/lastVisit.ts'
import { useComments } from './commentsContext.ts'

interface Changes {
  diff: BoardDiff
  newComments: number
}

/**
 * What changed since this person last marked the board as seen on this device: notes added,
 * edited, moved and deleted per stage and lane, new comments; changed notes are highlighted on the
 * board until "Mark as seen".
 */
export function ChangesTab() {
  const board = useBoard()
  const comments = useComments()
  const m = () => t(FOLLOW_UP_MESSAGES).changes
  const mark = createNoteMarks('changed-notes')
  onCleanup(() => mark([]))
  const [version, setVersion] = createSignal(0)
  const [changes] = createResource(version, async (): Promise<Changes | null> => {
    const seen = await loadSeen(board.boardId)
    if (!seen) {
      await markSeen()
      return null
    }
    const before = new Y.Doc()
    Y.applyUpdate(before, seen.update)
    const diff = diffBoards(readBoard(before), readBoard(board.connection.doc))
    before.destroy()
    const known = new Set(seen.commentIds)
    mark([
      {
        ids: diff.notes.filter((change) => change.kind !== 'removed').map((change) => change.id),
        css: 'box-shadow:0 0 0 3px #f5a623,0 2px 8px rgb(20 30 60 / 12%);',
      },
    ])
    return { diff, newComments: comments().filter((comment) => !known.has(comment.id)).length }
  })
  async function markSeen() {
    await saveSeen(board.boardId, {
      update: Y.encodeStateAsUpdate(board.connection.doc),
      commentIds: comments().map((comment) => comment.id),
      at: Date.now(),
    })
  }
  const stageName = (id: string) => board.board.stages.find((stage) => stage.id === id)?.name ?? '?'
  const laneName = (id: string) => {
    const lane = board.board.lanes.find((candidate) => candidate.id === id)
    return lane ? laneLabel(lane, locale()) : '?'
  }

  return (
    <div class="changes-tab" data-testid="changes">
      <Show when={!changes.loading} fallback={<p class="muted">{t(APP_MESSAGES).loading}</p>}>
        <Show when={changes()} fallback={<p class="muted">{m().firstVisit}</p>}>
          {(current) => {
            const cells = () => digestByCell(current().diff)
            const total = () => current().diff.notes.length
            return (
              <>
                <p data-testid="changes-summary">
                  {total() === 0 && current().newComments === 0 ? m().none : m().summary(total())}
                </p>
                <Show when={current().newComments > 0}>
                  <p>{m().newComments(current().newComments)}</p>
                </Show>
                <Show when={current().diff.stages.length > 0}>
                  <p>{m().stages(current().diff.stages.length)}</p>
                </Show>
                <ul class="digest">
                  <For each={cells()}>
                    {(cell) => (
                      <li data-testid="changes-cell">
                        <strong>
                          {stageName(cell.stageId)} · {laneName(cell.laneId)}
                        </strong>
                        <span>
                          {(['added', 'edited', 'moved', 'removed'] as const)
                            .filter((kind) => cell[kind] > 0)
                            .map((kind) => `${cell[kind]} ${m().kinds[kind]}`)
                            .join(' · ')}
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
                <button
                  type="button"
                  class="primary"
                  data-testid="changes-mark-seen"
                  onClick={async () => {
                    await markSeen()
                    setVersion(version() + 1)
                  }}
                >
                  {m().markSeen}
                </button>
              </>
            )
          }}
        </Show>
      </Show>
    </div>
  )
}
