import { createSignal, For, Match, Switch } from 'solid-js'
import { FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { focusSidePanel } from '../primitives/focusSidePanel.ts'
import { ChangesTab } from './ChangesTab.tsx'
import { CommentsTab } from './CommentsTab.tsx'
import { CompareTab } from './CompareTab.tsx'
import { MeasureTab } from './MeasureTab.tsx'
import { VersionsTab } from './VersionsTab.tsx'

type Tab = 'comments' | 'versions' | 'changes' | 'measure' | 'compare'
const TABS: Tab[] = ['comments', 'changes', 'versions', 'compare', 'measure']

/** Arrow keys, Home and End move between the tabs (the ARIA tabs pattern, selection following focus). */
const TAB_KEYS: Record<string, (index: number) => number> = {
  ArrowRight: (index) => (index + 1) % TABS.length,
  ArrowLeft: (index) => (index - 1 + TABS.length) % TABS.length,
  Home: () => 0,
  End: () => TABS.length - 1,
}
const tabId = (name: Tab) => `followup-tab-${name}`

export function FollowUpPanel(props: { onClose: () => void }) {
  const m = () => t(FOLLOW_UP_MESSAGES)
  const [tab, setTab] = createSignal<Tab>('comments')
  const onTabKey = (event: KeyboardEvent) => {
    const next = TAB_KEYS[event.key]?.(TABS.indexOf(tab()))
    const name = next === undefined ? undefined : TABS[next]
    if (!name) return
    event.preventDefault()
    setTab(name)
    document.getElementById(tabId(name))?.focus()
  }
  return (
    <aside
      class="followup-panel"
      data-testid="followup-panel"
      aria-label={m().title}
      ref={(panel) => focusSidePanel(panel, () => document.getElementById(tabId(tab())))}
    >
      <header class="followup-head">
        <div class="followup-tabs" role="tablist" aria-label={m().title} onKeyDown={onTabKey}>
          <For each={TABS}>
            {(name) => (
              <button
                type="button"
                role="tab"
                id={tabId(name)}
                aria-selected={tab() === name}
                aria-controls="followup-tabpanel"
                tabIndex={tab() === name ? 0 : -1}
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
      <div class="followup-body" role="tabpanel" id="followup-tabpanel" aria-labelledby={tabId(tab())}>
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
