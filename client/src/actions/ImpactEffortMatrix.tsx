import { ACTION_SCORE_MAX, ACTION_SCORE_MIN, type Action } from '@jm/shared'
import { createSignal, For, onMount } from 'solid-js'
import { ACTIONS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import type { ActionWrites } from './actionWrites.ts'

const SCORES = Array.from({ length: ACTION_SCORE_MAX - ACTION_SCORE_MIN + 1 }, (_, i) => ACTION_SCORE_MIN + i)
const IMPACT_ROWS = [...SCORES].reverse()
const DRAG_TYPE = 'application/x-jm-action'
const clampScore = (score: number) => Math.min(ACTION_SCORE_MAX, Math.max(ACTION_SCORE_MIN, score))

/**
 * The workshop's impact/effort matrix: every open action where its scores put it, dragged (or moved
 * with the arrow keys) to another cell by anyone who may edit, live for everyone, since the scores
 * are the actions' own fields. The action list orders by the same scores (most impact per effort).
 */
export function ImpactEffortMatrix(props: {
  actions: readonly Action[]
  writes: ActionWrites
  canEdit: boolean
  onClose: () => void
}) {
  const m = () => t(ACTIONS_MESSAGES)
  const [dropTarget, setDropTarget] = createSignal('')
  let dialog!: HTMLDialogElement
  onMount(() => dialog.showModal())
  const open = () => props.actions.filter((action) => action.status !== 'done' && action.status !== 'dropped')
  const inCell = (impact: number, effort: number) =>
    open().filter((action) => action.impact === impact && action.effort === effort)
  const moveTo = (actionId: string, impact: number, effort: number) =>
    props.writes.update(actionId, { impact: clampScore(impact), effort: clampScore(effort) })
  const onKey = (event: KeyboardEvent, action: Action) => {
    const step: Record<string, [number, number]> = {
      ArrowUp: [1, 0],
      ArrowDown: [-1, 0],
      ArrowRight: [0, 1],
      ArrowLeft: [0, -1],
    }
    const delta = step[event.key]
    if (!delta || !props.canEdit) return
    event.preventDefault()
    const button = event.currentTarget as HTMLElement
    moveTo(action.id, action.impact + delta[0], action.effort + delta[1])
    // The chip is drawn anew in its new cell: keep the keyboard on it.
    queueMicrotask(() =>
      ((dialog.querySelector(`[data-action-id="${action.id}"]`) as HTMLElement | null) ?? button).focus(),
    )
  }
  const quadrant = (impact: number, effort: number) => {
    const high = impact > 3
    const easy = effort < 3
    if (impact === 3 || effort === 3) return ''
    return high ? (easy ? 'quick-wins' : 'big-bets') : easy ? 'fill-ins' : 'money-pits'
  }
  return (
    <dialog
      ref={dialog}
      class="panel dialog matrix-dialog"
      data-testid="impact-effort-matrix"
      aria-labelledby="matrix-title"
      onClose={() => props.onClose()}
      onKeyDown={(event) => event.key === 'Escape' && event.stopPropagation()}
    >
      <h2 id="matrix-title">{m().matrix.title}</h2>
      <p class="hint">{props.canEdit ? m().matrix.hint : m().readOnly}</p>
      <table class="matrix">
        <caption class="matrix-axis">
          {m().fields.impact} ↑ · {m().fields.effort} →
        </caption>
        <tbody>
          <For each={IMPACT_ROWS}>
            {(impact) => (
              <tr>
                <th scope="row" class="matrix-score">
                  {impact}
                </th>
                <For each={SCORES}>
                  {(effort) => (
                    <td
                      class="matrix-cell"
                      data-impact={impact}
                      data-effort={effort}
                      data-quadrant={quadrant(impact, effort)}
                      data-drop={dropTarget() === `${impact}:${effort}` ? '' : undefined}
                      aria-label={m().matrix.cell(impact, effort)}
                      onDragOver={(event) => {
                        if (!props.canEdit || !event.dataTransfer?.types.includes(DRAG_TYPE)) return
                        event.preventDefault()
                        setDropTarget(`${impact}:${effort}`)
                      }}
                      onDragLeave={() => setDropTarget('')}
                      onDrop={(event) => {
                        event.preventDefault()
                        setDropTarget('')
                        const id = event.dataTransfer?.getData(DRAG_TYPE)
                        if (id) moveTo(id, impact, effort)
                      }}
                    >
                      <For each={inCell(impact, effort)}>
                        {(action) => (
                          <button
                            type="button"
                            class="matrix-chip"
                            data-testid="matrix-chip"
                            data-action-id={action.id}
                            draggable={props.canEdit}
                            title={action.title}
                            aria-label={m().matrix.chip(action.title, action.impact, action.effort)}
                            onDragStart={(event) => event.dataTransfer?.setData(DRAG_TYPE, action.id)}
                            onKeyDown={(event) => onKey(event, action)}
                          >
                            {action.title || '…'}
                          </button>
                        )}
                      </For>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
        </tbody>
        <tfoot>
          <tr>
            <td />
            <For each={SCORES}>
              {(effort) => (
                <th scope="col" class="matrix-score">
                  {effort}
                </th>
              )}
            </For>
          </tr>
        </tfoot>
      </table>
      <ul class="matrix-legend">
        <li data-quadrant="quick-wins">{m().matrix.quickWins}</li>
        <li data-quadrant="big-bets">{m().matrix.bigBets}</li>
        <li data-quadrant="fill-ins">{m().matrix.fillIns}</li>
        <li data-quadrant="money-pits">{m().matrix.moneyPits}</li>
      </ul>
      <div class="dialog-actions">
        <button type="button" data-testid="matrix-close" onClick={() => dialog.close()}>
          {m().matrix.close}
        </button>
      </div>
    </dialog>
  )
}
