import { Show } from 'solid-js'
import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { usePresence } from './PresenceContext.tsx'

export function FollowBanner() {
  const { presence, following, follow } = usePresence()
  const peer = () => presence.peers().find((candidate) => candidate.clientId === following())
  return (
    <Show when={peer()}>
      {(current) => (
        <div class="follow-banner" style={{ '--peer': current().user.color }} data-testid="follow-banner">
          {t(BOARD_MESSAGES).following(current().user.name)}
          <button type="button" class="link-button" onClick={() => follow(null)}>
            {t(BOARD_MESSAGES).stopFollowing(current().user.name)}
          </button>
        </div>
      )}
    </Show>
  )
}
