import type { Stage } from '@jm/shared'
import { For, Show } from 'solid-js'
import { STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { AddItem } from './KpiList.tsx'

/** Documents and materials used at the stage (feasibility report, case studies, ...). */
export function DeliverableList(props: { stage: Stage }) {
  const board = useBoard()
  return (
    <section class="panel-section">
      <h3>{t(STRUCTURE_MESSAGES).deliverables}</h3>
      <ul class="deliverables">
        <For each={props.stage.deliverables}>
          {(item) => (
            <li data-testid="deliverable">
              <input
                value={item.text}
                aria-label={t(STRUCTURE_MESSAGES).deliverables}
                readOnly={!board.canEditStructure()}
                onChange={(e) => {
                  const text = e.currentTarget.value.trim()
                  if (text) board.structure.setDeliverable(props.stage.id, item.id, text)
                }}
              />
              <Show when={board.canEditStructure()}>
                <button
                  type="button"
                  class="remove"
                  aria-label={t(STRUCTURE_MESSAGES).remove}
                  onClick={() => board.structure.removeDeliverable(props.stage.id, item.id)}
                >
                  ×
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={board.canEditStructure()}>
        <AddItem
          placeholder={t(STRUCTURE_MESSAGES).addDeliverable}
          testId="add-deliverable"
          onAdd={(text) => board.structure.addDeliverable(props.stage.id, text)}
        />
      </Show>
    </section>
  )
}
