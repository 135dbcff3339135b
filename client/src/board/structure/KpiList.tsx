import type { Kpi, Stage } from '@jm/shared'
import { For, Show } from 'solid-js'
import { t } from '../../i18n/locale.ts'
import { useBoard } from '../BoardContext.tsx'
import { kpiStatus } from './kpiStatus.ts'

const parseFigure = (raw: string): number | null => {
  const value = Number.parseFloat(raw.replace(/,/g, ''))
  return Number.isFinite(value) ? value : null
}

/** The stage's KPIs: name, target, actual and unit, each saved when the field is left. */
export function KpiList(props: { stage: Stage }) {
  const board = useBoard()
  const set = (kpi: Kpi, change: Partial<Pick<Kpi, 'name' | 'target' | 'actual' | 'unit'>>) =>
    board.structure.setKpi({ stageId: props.stage.id, kpiId: kpi.id, ...change })
  return (
    <section class="panel-section">
      <h3>{t().kpis}</h3>
      <For each={props.stage.kpis}>
        {(kpi) => (
          <div class={`kpi-row kpi-${kpiStatus(kpi)}`} data-testid="kpi-row">
            <input
              value={kpi.name}
              title={kpi.name}
              aria-label={t().kpiName}
              readOnly={!board.canEditStructure()}
              onChange={(e) =>
                e.currentTarget.value.trim() && set(kpi, { name: e.currentTarget.value.trim() })
              }
            />
            <label class="kpi-figure-field">
              <span>{t().kpiTarget}</span>
              <input
                inputMode="decimal"
                value={kpi.target ?? ''}
                aria-label={t().kpiTarget}
                data-testid="kpi-target"
                readOnly={!board.canEditStructure()}
                onChange={(e) => set(kpi, { target: parseFigure(e.currentTarget.value) })}
              />
            </label>
            <label class="kpi-figure-field">
              <span>{t().kpiActual}</span>
              <input
                inputMode="decimal"
                value={kpi.actual ?? ''}
                aria-label={t().kpiActual}
                data-testid="kpi-actual"
                readOnly={!board.canEditStructure()}
                onChange={(e) => set(kpi, { actual: parseFigure(e.currentTarget.value) })}
              />
            </label>
            <label class="kpi-figure-field">
              <span>{t().kpiUnit}</span>
              <input
                value={kpi.unit}
                aria-label={t().kpiUnit}
                readOnly={!board.canEditStructure()}
                onChange={(e) => set(kpi, { unit: e.currentTarget.value.trim() })}
              />
            </label>
            <Show when={board.canEditStructure()} fallback={<span />}>
              <button
                type="button"
                class="remove"
                aria-label={t().remove}
                onClick={() => board.structure.removeKpi(props.stage.id, kpi.id)}
              >
                ×
              </button>
            </Show>
          </div>
        )}
      </For>
      <Show when={board.canEditStructure()}>
        <AddItem
          placeholder={t().addKpi}
          testId="add-kpi"
          onAdd={(name) => board.structure.addKpi(props.stage.id, name)}
        />
      </Show>
    </section>
  )
}

/** An input that adds an item on Enter. */
export function AddItem(props: { placeholder: string; testId: string; onAdd: (text: string) => void }) {
  return (
    <input
      class="add-item"
      data-testid={props.testId}
      placeholder={props.placeholder}
      maxLength={200}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return
        const text = event.currentTarget.value.trim()
        if (text) props.onAdd(text)
        event.currentTarget.value = ''
      }}
    />
  )
}
