import type { Kpi, Stage } from '@jm/shared'
import { kpiStatus, MAX_NAME_LENGTH } from '@jm/shared'
import { For, Show } from 'solid-js'
import { STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { isComposing } from '../../keys/isComposing.ts'
import { useBoard } from '../BoardContext.tsx'

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
      <h3>{t(STRUCTURE_MESSAGES).kpis}</h3>
      <For each={props.stage.kpis}>
        {(kpi) => (
          <div class={`kpi-row kpi-${kpiStatus(kpi)}`} data-testid="kpi-row">
            <input
              value={kpi.name}
              title={kpi.name}
              aria-label={t(STRUCTURE_MESSAGES).kpiName}
              readOnly={!board.canEditStructure()}
              onChange={(e) =>
                e.currentTarget.value.trim() && set(kpi, { name: e.currentTarget.value.trim() })
              }
            />
            <FigureField
              label={t(STRUCTURE_MESSAGES).kpiTarget}
              testId="kpi-target"
              value={kpi.target ?? ''}
              numeric
              onChange={(raw) => set(kpi, { target: parseFigure(raw) })}
            />
            <FigureField
              label={t(STRUCTURE_MESSAGES).kpiActual}
              testId="kpi-actual"
              value={kpi.actual ?? ''}
              numeric
              onChange={(raw) => set(kpi, { actual: parseFigure(raw) })}
            />
            <FigureField
              label={t(STRUCTURE_MESSAGES).kpiUnit}
              value={kpi.unit}
              onChange={(raw) => set(kpi, { unit: raw.trim() })}
            />
            <Show when={board.canEditStructure()} fallback={<span />}>
              <button
                type="button"
                class="remove"
                aria-label={t(STRUCTURE_MESSAGES).remove}
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
          placeholder={t(STRUCTURE_MESSAGES).addKpi}
          testId="add-kpi"
          onAdd={(name) => board.structure.addKpi(props.stage.id, name)}
        />
      </Show>
    </section>
  )
}

/** A KPI's target, actual or unit, labelled above its field and saved when the field is left. */
function FigureField(props: {
  label: string
  testId?: string
  value: string | number
  numeric?: boolean
  onChange: (raw: string) => void
}) {
  const board = useBoard()
  return (
    <label class="kpi-figure-field">
      <span>{props.label}</span>
      <input
        inputMode={props.numeric ? 'decimal' : undefined}
        value={props.value}
        data-testid={props.testId}
        readOnly={!board.canEditStructure()}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      />
    </label>
  )
}

/** An input that adds an item on Enter. */
export function AddItem(props: { placeholder: string; testId: string; onAdd: (text: string) => void }) {
  return (
    <input
      class="add-item"
      data-testid={props.testId}
      placeholder={props.placeholder}
      maxLength={MAX_NAME_LENGTH}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || isComposing(event)) return
        const text = event.currentTarget.value.trim()
        if (text) props.onAdd(text)
        event.currentTarget.value = ''
      }}
    />
  )
}
