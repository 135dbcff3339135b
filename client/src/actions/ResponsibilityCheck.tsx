import { type ResponsibilityGap, responsibilityGaps } from '@jm/shared'
import { createMemo, For, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { ACTIONS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'

/**
 * Seed 002's responsibility matrix read back from the map: stages nobody owns, handovers nobody
 * receives or nobody wrote down, and owners with no open action. Open while something is missing.
 */
export function ResponsibilityCheck() {
  const board = useBoard()
  const m = () => t(ACTIONS_MESSAGES).check
  const stages = () => board.mapStages()
  const gaps = createMemo(() => responsibilityGaps(stages(), board.board.actions))
  const stageName = (id: string) => stages().find((stage) => stage.id === id)?.name ?? ''
  const describe = (gap: ResponsibilityGap): string => {
    switch (gap.kind) {
      case 'stage-without-owner':
        return m().stageWithoutOwner(stageName(gap.stageId))
      case 'handoff-without-receiver':
        return m().handoffWithoutReceiver(stageName(gap.stageId))
      case 'handoff-undescribed':
        return m().handoffUndescribed(stageName(gap.stageId), gap.from, gap.to)
      case 'owner-without-actions':
        return m().ownerWithoutActions(gap.owner)
    }
  }
  return (
    <details class="responsibility-check" data-testid="responsibility-check" open={gaps().length > 0}>
      <summary>{m().title(gaps().length)}</summary>
      <Show when={gaps().length > 0} fallback={<p class="hint">{m().clear}</p>}>
        <ul>
          <For each={gaps()}>{(gap) => <li data-gap={gap.kind}>{describe(gap)}</li>}</For>
        </ul>
      </Show>
    </details>
  )
}
