import { APP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import type { SyncState } from '../sync/syncStatus.ts'

export function StatusBadge(props: { state: SyncState; pending: number }) {
  const label = () => {
    const status = t(APP_MESSAGES).status
    switch (props.state.kind) {
      case 'online':
        return status.online
      case 'connecting':
        return status.connecting
      case 'unsaved':
        return status.unsaved(props.state.count)
      case 'offline':
        return props.pending > 0 ? status.offlineUnsaved(props.pending) : status.offline
    }
  }
  return (
    <output
      class={`status status-${props.state.kind}`}
      data-testid="sync-status"
      data-state={props.state.kind}
      aria-live="polite"
    >
      <span class="status-dot" />
      {label()}
    </output>
  )
}
