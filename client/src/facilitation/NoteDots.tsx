import type { Note } from '@jm/shared'
import { For, Show } from 'solid-js'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useFacilitation } from './FacilitationContext.tsx'

/**
 * Dots on a note card: while a round is open, this person's own dots with + and −; once the
 * results may be shown, the note's total. Nothing outside a facilitation provider.
 */
export function NoteDots(props: { note: Note }) {
  const facilitation = useFacilitation()
  if (!facilitation) return null
  const votable = () =>
    facilitation.canVote && facilitation.activeRound() !== null && facilitation.eligible().has(props.note.id)
  const mine = () => facilitation.myVotes().filter((vote) => vote.noteId === props.note.id).length
  const total = () => {
    const round = facilitation.latestRound()
    return round ? (facilitation.control().results[round.id]?.counts?.[props.note.id] ?? 0) : 0
  }
  return (
    <>
      <Show when={votable()}>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: keeps dot clicks and keys (Enter, Delete) from acting on the note */}
        <div
          class="note-vote"
          data-testid="note-vote"
          onClick={(e) => e.stopPropagation()}
          onDblClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
        >
          <button
            type="button"
            class="vote-minus"
            data-testid="vote-minus"
            disabled={mine() === 0}
            aria-label={t(FACILITATION_MESSAGES).removeDot}
            onClick={() => facilitation.actions.unvote(props.note.id)}
          >
            −
          </button>
          <span class="my-dots" data-testid="my-dots" data-count={mine()}>
            <For each={Array.from({ length: mine() })}>{() => <span class="dot" />}</For>
          </span>
          <button
            type="button"
            class="vote-plus"
            data-testid="vote-plus"
            aria-label={t(FACILITATION_MESSAGES).addDot}
            onClick={() => facilitation.actions.vote(props.note.id)}
          >
            +
          </button>
        </div>
      </Show>
      <Show when={total() > 0}>
        <span class="vote-count" data-testid="vote-count" data-count={total()}>
          <span class="dot" /> {total()}
        </span>
      </Show>
    </>
  )
}
