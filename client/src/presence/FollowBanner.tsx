import { Show } from 'solid-js'
import { t } from '../i18n/locale.ts'
import { usePresence } from './PresenceContext.tsx'

export function FollowBanner() {
  const { presence, following, follow } = usePresence()
  const peer = () => presence.peers().find((candidate) => candidate.clientId === following())
  return (
    <Show when={peer()}>
      {(current) => (
        <div class="follow-banner" style={{ '--peer': current().user.color }} data-testid="follow-banner">
          {t().following(current().user.name)}
          <button type="button" class="link-button" onClick={() => follow(null)}>
            {t().stopFollowing(current().user.name)}
          </button>
        </div>
      )}
    </Show>
  )
}
