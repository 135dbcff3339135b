import { createSignal, For, Match, Switch } from 'solid-js'
import { FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { ChangesTab } from './ChangesTab.tsx'
import { CommentsTab } from './CommentsTab.tsx'
import { CompareTab } from './CompareTab.tsx'
import { MeasureTab } from './MeasureTab.tsx'
import { VersionsTab } from './VersionsTab.tsx'

type Tab = 'comments' | 'versions' | 'changes' | 'measure' | 'compare'
const TABS: Tab[] = ['comments', 'changes', 'versions', 'compare', 'measure']

export function FollowUpPanel(props: { onClose: () => void }) {
  const m = () => t(FOLLOW_UP_MESSAGES)
  const [tab, setTab] = createSignal<Tab>('comments')
  return (
    <aside class="followup-panel" data-testid="followup-panel" aria-label={m().title}>
      <header class="followup-head">
        <div class="followup-tabs" role="tablist">
          <For each={TABS}>
            {(name) => (
              <button
                type="button"
                role="tab"
                aria-selected={tab() === name}
                data-testid={`followup-tab-${name}`}
                onClick={() => setTab(name)}
              >
                {m().tabs[name]}
              </button>
            )}
          </For>
        </div>
        <button
          type="button"
          class="followup-close"
          aria-label={m().close}
          title={m().close}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </header>
      <div class="followup-body">
        <Switch>
          <Match when={tab() === 'comments'}>
            <CommentsTab />
          </Match>
          <Match when={tab() === 'changes'}>
            <ChangesTab />
          </Match>
          <Match when={tab() === 'versions'}>
            <VersionsTab />
          </Match>
          <Match when={tab() === 'compare'}>
            <CompareTab />
          </Match>
          <Match when={tab() === 'measure'}>
            <MeasureTab />
          </Match>
        </Switch>
      </div>
    </aside>
  )
}
