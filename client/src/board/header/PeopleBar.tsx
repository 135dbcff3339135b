import { For, Show } from 'solid-js'
import { BOARD_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { usePresence } from '../../presence/PresenceContext.tsx'
import type { Peer } from '../../presence/presenceState.ts'
import { useBoard } from '../BoardContext.tsx'

const SHOWN = 5

const initials = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .map((part) => [...part][0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase() || '?'

/** Who is here: avatars (click one to follow their view), a count, and the cursor toggle. */
export function PeopleBar() {
  const board = useBoard()
  const { presence, following, follow } = usePresence()
  const others = () => presence.peers()
  const followLabel = (peer: Peer) =>
    following() === peer.clientId
      ? t(BOARD_MESSAGES).stopFollowing(peer.user.name)
      : t(BOARD_MESSAGES).follow(peer.user.name)
  // The initials it shows (what a speech user says to press it), then what it does.
  const followName = (peer: Peer) => `${initials(peer.user.name)}, ${followLabel(peer)}`
  const cursorsLabel = () =>
    presence.showCursors() ? t(BOARD_MESSAGES).hideCursors : t(BOARD_MESSAGES).showCursors
  return (
    <div class="people" data-testid="people">
      <span
        class="avatar me"
        style={{ background: presence.color() }}
        title={t(BOARD_MESSAGES).you(board.author)}
      >
        {initials(board.author)}
      </span>
      <For each={others().slice(0, SHOWN)}>
        {(peer) => (
          <button
            type="button"
            class="avatar"
            classList={{ followed: following() === peer.clientId }}
            style={{ background: peer.user.color }}
            title={followLabel(peer)}
            aria-label={followName(peer)}
            data-testid="avatar"
            onClick={() => follow(following() === peer.clientId ? null : peer.clientId)}
          >
            {initials(peer.user.name)}
          </button>
        )}
      </For>
      <Show when={others().length > SHOWN}>
        <span
          class="avatar more"
          title={others()
            .slice(SHOWN)
            .map((p) => p.user.name)
            .join(', ')}
        >
          +{others().length - SHOWN}
        </span>
      </Show>
      <Show when={others().length > 0}>
        <button
          type="button"
          class="icon-button cursor-toggle"
          classList={{ off: !presence.showCursors() }}
          aria-pressed={presence.showCursors()}
          title={cursorsLabel()}
          aria-label={cursorsLabel()}
          data-testid="cursor-toggle"
          onClick={() => presence.setShowCursors(!presence.showCursors())}
        >
          ➚
        </button>
      </Show>
    </div>
  )
}
