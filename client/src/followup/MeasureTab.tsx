import { funnelOf, OpError, setStageDeliverableDone } from '@jm/shared'
import { createMemo, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { FOLLOW_UP_MESSAGES } from '../i18n/dictionaries.ts'
import { format, t } from '../i18n/i18n.ts'

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`

/** Seed 002's measurement per stage, the funnel between stages, owners and handoffs, seed 004's deliverables. */
export function MeasureTab() {
  const board = useBoard()
  const m = () => t(FOLLOW_UP_MESSAGES).measure
  const shown = (value: number | null, unit: string, none: string) =>
    value === null ? none : `${format().number(value)}${unit ? ` ${unit}` : ''}`
  const funnel = createMemo(() => funnelOf(board.mapStages()))
  const widest = () => Math.max(1, ...funnel().steps.map((step) => step.value))

  return (
    <div class="measure-tab">
      <section>
        <h3>{m().funnel}</h3>
        <p class="muted">{m().funnelHint}</p>
        <Show when={funnel().steps.length >= 2} fallback={<p class="muted">{m().noFunnel}</p>}>
          <ol class="funnel" data-testid="funnel">
            <For each={funnel().steps}>
              {(step) => (
                <li
                  classList={{ 'biggest-drop': step.stageId === funnel().biggestDropStageId }}
                  data-testid="funnel-step"
                >
                  <span class="funnel-label">{step.stageName}</span>
                  <span class="funnel-bar" style={{ width: `${(step.value / widest()) * 100}%` }} />
                  <span class="funnel-value">
                    {shown(step.value, step.unit, '')}
                    <Show when={step.conversion !== null}>
                      {' '}
                      · {percent(step.conversion ?? 0)} {m().conversion}
                    </Show>
                  </span>
                  <Show when={step.stageId === funnel().biggestDropStageId}>
                    <strong class="drop-flag" data-testid="biggest-drop">
                      {m().biggestDrop}
                    </strong>
                  </Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
      <section>
        <h3>{m().kpis}</h3>
        <table class="measure-table kpi-figures">
          <thead>
            <tr>
              <th />
              <th />
              <th>{m().target}</th>
              <th>{m().actual}</th>
            </tr>
          </thead>
          <tbody>
            <For each={board.mapStages()}>
              {(stage) => (
                <For each={stage.kpis}>
                  {(kpi, index) => (
                    <tr>
                      <th scope="row">{index() === 0 ? stage.name : ''}</th>
                      <td>{kpi.name}</td>
                      <td>{shown(kpi.target, kpi.unit, m().noneSet)}</td>
                      <td
                        classList={{
                          behind: kpi.target !== null && kpi.actual !== null && kpi.actual < kpi.target,
                        }}
                      >
                        {shown(kpi.actual, kpi.unit, m().noneSet)}
                      </td>
                    </tr>
                  )}
                </For>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <section>
        <h3>{m().responsibility}</h3>
        <table class="measure-table" data-testid="responsibility">
          <thead>
            <tr>
              <th />
              <th>{m().owner}</th>
              <th>{m().handoff}</th>
            </tr>
          </thead>
          <tbody>
            <For each={board.mapStages()}>
              {(stage) => (
                <tr>
                  <th scope="row">{stage.name}</th>
                  <td>{stage.ownerDepartment || m().noneSet}</td>
                  <td>{stage.handoff || m().noneSet}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <section>
        <h3>{m().deliverables}</h3>
        <For each={board.mapStages().filter((stage) => stage.deliverables.length > 0)}>
          {(stage) => (
            <div class="checklist">
              <h4>{stage.name}</h4>
              <For each={stage.deliverables}>
                {(item) => (
                  <label>
                    <input
                      type="checkbox"
                      checked={item.done}
                      disabled={!board.canEdit()}
                      data-testid="deliverable-done"
                      onChange={(event) => {
                        try {
                          setStageDeliverableDone(
                            board.connection.doc,
                            { stageId: stage.id, deliverableId: item.id, done: event.currentTarget.checked },
                            board.connection.origin,
                          )
                        } catch (error) {
                          if (!(error instanceof OpError)) throw error
                        }
                      }}
                    />
                    {item.text}
                  </label>
                )}
              </For>
            </div>
          )}
        </For>
      </section>
    </div>
  )
}
