import { rankNotes } from '@jm/shared'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { actionWrites, titleFromNote } from '../actions/actionWrites.ts'
import { useBoard } from '../board/BoardContext.tsx'
import { ACTIONS_MESSAGES, FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import type { Facilitation } from './FacilitationContext.tsx'

const SHOWN = 10

/** The ranked pain points of the latest round, once its counts are public; the facilitator promotes from here. */
export function ResultsCard(props: { facilitation: Facilitation }) {
  const board = useBoard()
  const f = props.facilitation
  const [top, setTop] = createSignal(3)
  const result = () => {
    const round = f.latestRound()
    return round ? f.control().results[round.id] : null
  }
  const ranked = createMemo(() => {
    const counts = result()?.counts
    if (!counts) return []
    return rankNotes(
      counts,
      board.board.notes.map((note) => note.id),
    ).slice(0, SHOWN)
  })
  const text = (noteId: string) => board.board.notes.find((note) => note.id === noteId)?.text || '…'
  /** One action per top note that has none yet, so pressing it twice makes no duplicates. */
  const actionsFromTop = () => {
    const writes = actionWrites(board)
    for (const { noteId } of ranked().slice(0, top())) {
      if (board.board.actions.some((action) => action.noteIds.includes(noteId))) continue
      writes.create(titleFromNote(text(noteId)), [noteId])
    }
    board.setSidePanelOpen('actions', true)
  }
  const attribution = (noteId: string) =>
    (result()?.attribution?.[noteId] ?? []).map((entry) => `${entry.name} ×${entry.count}`).join(', ')

  return (
    <Show when={result()?.counts}>
      <aside class="results-card panel" data-testid="results-panel" aria-labelledby="results-title">
        <h2 class="float-heading" id="results-title">
          {t(FACILITATION_MESSAGES).results}
          <Show when={!result()?.final}>
            <span class="chip live">{t(FACILITATION_MESSAGES).voteOpen}</span>
          </Show>
        </h2>
        <Show when={ranked().length > 0} fallback={<p>{t(FACILITATION_MESSAGES).noVotes}</p>}>
          <ol class="ranking">
            <For each={ranked()}>
              {(row) => (
                <li data-testid="result-row" data-note-id={row.noteId}>
                  <span class="rank">{row.rank}</span>
                  <span class="result-text">
                    {text(row.noteId)}
                    <Show when={attribution(row.noteId)}>
                      <small>{attribution(row.noteId)}</small>
                    </Show>
                  </span>
                  <span class="votes">
                    <span class="dot" /> {row.votes}
                  </span>
                </li>
              )}
            </For>
          </ol>
        </Show>
        <Show when={f.isFacilitator && result()?.final && ranked().length > 0}>
          <div class="button-row">
            <label>
              {t(FACILITATION_MESSAGES).promoteTop}
              <input
                type="number"
                min={1}
                max={SHOWN}
                value={top()}
                class="minutes"
                onInput={(e) => setTop(Number(e.currentTarget.value))}
              />
            </label>
            <button
              type="button"
              class="primary"
              data-testid="promote"
              aria-label={t(FACILITATION_MESSAGES).promoteTop}
              onClick={() => f.actions.promoteTop(top())}
            >
              →
            </button>
            <button type="button" data-testid="actions-from-top" onClick={actionsFromTop}>
              {t(ACTIONS_MESSAGES).fromResults(top())}
            </button>
          </div>
        </Show>
      </aside>
    </Show>
  )
}
