import { addComment, type Comment, type CommentThread, OpError, resolveComment } from '@jm/shared'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { format, t } from '../i18n/i18n.ts'
import { CommentComposer } from './CommentComposer.tsx'
import { useComments } from './commentsContext.ts'

type Filter = 'open' | 'mine' | 'all'

/** Every thread on the board (root comment and replies), whatever its target, oldest first. */
function allThreads(comments: readonly Comment[]): CommentThread[] {
  const byRoot = new Map<string, CommentThread>()
  const sorted = [...comments].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
  for (const comment of sorted)
    if (comment.parentId === '') byRoot.set(comment.id, { root: comment, replies: [] })
  for (const comment of sorted)
    if (comment.parentId !== '') byRoot.get(comment.parentId)?.replies.push(comment)
  return [...byRoot.values()]
}

export function CommentsTab() {
  const board = useBoard()
  const comments = useComments()
  const m = () => t(FOLLOW_UP_MESSAGES).comments
  const [filter, setFilter] = createSignal<Filter>('open')
  const selectedNote = () =>
    board.selection.selected().size === 1 ? [...board.selection.selected()][0] : undefined
  const threads = createMemo(() => {
    const me = board.author
    return allThreads(comments()).filter((thread) => {
      if (filter() === 'open') return !thread.root.resolved
      if (filter() === 'mine')
        return [thread.root, ...thread.replies].some((c) => c.author === me || c.mentions.includes(me))
      return true
    })
  })
  const targetLabel = (thread: CommentThread) => {
    if (thread.root.targetKind === 'stage') {
      const stage = board.board.stages.find((s) => s.id === thread.root.targetId)
      return `${m().onStage}: ${stage?.name ?? '?'}`
    }
    const note = board.board.notes.find((n) => n.id === thread.root.targetId)
    return `${m().onNote}: ${(note?.text ?? '').slice(0, 60) || '…'}`
  }
  const write = (run: () => void) => {
    try {
      run()
    } catch (error) {
      if (!(error instanceof OpError)) throw error
    }
  }
  const startThread = (text: string) => {
    const noteId = selectedNote()
    if (!noteId) return
    write(() =>
      addComment(
        board.connection.doc,
        { targetKind: 'note', targetId: noteId, author: board.author, text, now: Date.now() },
        board.connection.origin,
      ),
    )
  }

  return (
    <div class="comments-tab">
      <div class="segmented">
        <For each={['open', 'mine', 'all'] as Filter[]}>
          {(name) => (
            <button
              type="button"
              aria-pressed={filter() === name}
              data-testid={`comments-filter-${name}`}
              onClick={() => setFilter(name)}
            >
              {name === 'open' ? m().filterOpen : name === 'mine' ? m().filterMine : m().filterAll}
            </button>
          )}
        </For>
      </div>
      <Show when={board.canEdit()}>
        <Show when={selectedNote()} fallback={<p class="muted">{m().pickTarget}</p>}>
          <section class="comment-new">
            <h3>{m().newThread}</h3>
            <CommentComposer
              placeholder={m().placeholder}
              submitLabel={m().send}
              onSubmit={startThread}
              testId="comment-new"
            />
          </section>
        </Show>
      </Show>
      <Show when={threads().length > 0} fallback={<p class="muted">{m().none}</p>}>
        <ol class="threads">
          <For each={threads()}>
            {(thread) => (
              <li class="thread" classList={{ resolved: thread.root.resolved }} data-testid="comment-thread">
                <button
                  type="button"
                  class="thread-target"
                  onClick={() =>
                    thread.root.targetKind === 'note' && board.selection.select(thread.root.targetId)
                  }
                >
                  {targetLabel(thread)}
                </button>
                <For each={[thread.root, ...thread.replies]}>
                  {(comment) => (
                    <div class="comment" data-testid="comment">
                      <span class="comment-author">{comment.author || '—'}</span>
                      <time class="muted">{format().dateTime(comment.createdAt)}</time>
                      <p>{comment.deleted ? m().deleted : comment.text}</p>
                    </div>
                  )}
                </For>
                <Show when={thread.root.resolved}>
                  <p class="muted">{m().resolved(thread.root.resolvedBy)}</p>
                </Show>
                <Show when={board.canEdit()}>
                  <div class="thread-actions">
                    <CommentComposer
                      placeholder={m().reply}
                      submitLabel={m().reply}
                      testId="comment-reply"
                      onSubmit={(text) =>
                        write(() =>
                          addComment(
                            board.connection.doc,
                            {
                              targetKind: thread.root.targetKind,
                              targetId: thread.root.targetId,
                              author: board.author,
                              text,
                              now: Date.now(),
                              replyTo: thread.root.id,
                            },
                            board.connection.origin,
                          ),
                        )
                      }
                    />
                    <button
                      type="button"
                      class="toolbar-button"
                      data-testid="comment-resolve"
                      onClick={() =>
                        write(() =>
                          resolveComment(
                            board.connection.doc,
                            { commentId: thread.root.id, resolved: !thread.root.resolved, by: board.author },
                            board.connection.origin,
                          ),
                        )
                      }
                    >
                      {thread.root.resolved ? m().reopen : m().resolve}
                    </button>
                  </div>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </div>
  )
}
