import { Show } from 'solid-js'
import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { usePresence } from '../presence/PresenceContext.tsx'
import { useFacilitation } from './FacilitationContext.tsx'
import { formatDuration, TimerChip } from './TimerChip.tsx'

/** The topbar entries: timer, this person's dots, follow the facilitator, and the facilitator's panel button. */
export function FacilitationToolbar() {
  const f = useFacilitation()
  const { presence, following, follow } = usePresence()
  if (!f) return null
  // Following reuses presence: the facilitator's visible area, kept in sync while followed.
  const facilitator = () => presence.peers().find((peer) => peer.user.role === 'facilitator')
  return (
    <>
      <TimerChip facilitation={f} />
      <Show when={f.activeRound()}>
        {(round) => (
          <span class="chip vote-chip" data-testid="vote-chip">
            <span class="dot" />
            {f.canVote
              ? t(FACILITATION_MESSAGES).dotsLeft(f.dotsLeft(), round().budget)
              : t(FACILITATION_MESSAGES).voteOpen}
            <Show when={round().endsAt}>
              {(endsAt) => ` · ${formatDuration(Math.max(0, endsAt() - f.now()))}`}
            </Show>
          </span>
        )}
      </Show>
      <Show when={!f.isFacilitator && facilitator()}>
        {(peer) => (
          <label class="chip follow-toggle">
            <input
              type="checkbox"
              data-testid="follow-facilitator"
              checked={following() === peer().clientId}
              onChange={(e) => follow(e.currentTarget.checked ? peer().clientId : null)}
            />
            {t(FACILITATION_MESSAGES).follow}
          </label>
        )}
      </Show>
      <Show when={f.isFacilitator}>
        <button
          type="button"
          class="toolbar-button"
          data-testid="facilitate"
          aria-pressed={f.panelOpen()}
          onClick={() => f.setPanelOpen(!f.panelOpen())}
        >
          {t(FACILITATION_MESSAGES).facilitate}
        </button>
      </Show>
    </>
  )
}
