import { FACILITATION_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { focusSidePanel } from '../primitives/focusSidePanel.ts'
import type { Facilitation } from './FacilitationContext.tsx'
import { SessionSection } from './SessionSection.tsx'
import { VotingSection } from './VotingSection.tsx'

/** The facilitator's panel: running votes, the timer, locks and private mode. */
export function FacilitatorPanel(props: { facilitation: Facilitation }) {
  const f = props.facilitation
  return (
    <aside
      class="facilitator-panel panel"
      data-testid="facilitator-panel"
      aria-labelledby="facilitator-panel-title"
      tabIndex={-1}
      ref={(panel) => focusSidePanel(panel)}
    >
      <header>
        <h2 id="facilitator-panel-title">{t(FACILITATION_MESSAGES).facilitate}</h2>
        <button
          type="button"
          class="panel-close"
          aria-label={t(FACILITATION_MESSAGES).close}
          onClick={() => f.setPanelOpen(false)}
        >
          ×
        </button>
      </header>
      <VotingSection facilitation={f} />
      <SessionSection facilitation={f} />
    </aside>
  )
}
