import type { Stage } from '@jm/shared'
import { Show } from 'solid-js'

export function StageHeader(props: { stage: Stage; index: number }) {
  return (
    <header class="stage-header" data-testid="stage-header">
      <span class="stage-index">{props.index + 1}</span>
      <span class="stage-name">{props.stage.name}</span>
      <Show when={props.stage.goal}>
        <span class="stage-goal">{props.stage.goal}</span>
      </Show>
    </header>
  )
}
