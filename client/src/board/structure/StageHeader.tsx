import { kpiFigure, kpiStatus, type Stage } from '@jm/shared'
import { Show } from 'solid-js'
import { STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { format, t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { EmotionBadge } from '../EmotionBadge.tsx'
import { SubJourneyChip } from '../subJourneys/SubJourneyChip.tsx'
import { InlineEdit } from './InlineEdit.tsx'
import { type ReorderDrag, reorderIndex } from './reorder.ts'

interface Props {
  stage: Stage
  index: number
  emotion: number | null
  drag: ReorderDrag
  /** Zooms the board to this stage (zoomToStage.ts). */
  onZoom: () => void
}

export function StageHeader(props: Props) {
  const board = useBoard()
  /** The first KPI with a figure entered; template suggestions without figures only count. */
  const firstKpi = () => props.stage.kpis.find((kpi) => kpi.target !== null || kpi.actual !== null)
  const hover = () => props.drag.hover()
  const handlers = props.drag.bind(
    () => props.stage.id,
    board.canEditStructure,
    (dragged, target, after) =>
      board.structure.moveStage(
        dragged,
        reorderIndex(
          board.mapStages().map((stage) => stage.id),
          dragged,
          target,
          after,
        ),
      ),
  )
  return (
    <header
      class="stage-header"
      classList={{
        'drop-before': hover()?.id === props.stage.id && !hover()?.after,
        'drop-after': hover()?.id === props.stage.id && hover()?.after,
      }}
      data-testid="stage-header"
      data-stage-id={props.stage.id}
      {...handlers}
    >
      <div class="stage-title-row">
        <span class="stage-index">{props.index + 1}</span>
        <InlineEdit
          class="stage-name"
          testId="stage-name"
          value={props.stage.name}
          editable={board.canEditStructure()}
          label={t(STRUCTURE_MESSAGES).renameStage}
          onCommit={(name) => name && board.structure.setStageFields({ stageId: props.stage.id, name })}
        />
        <button
          type="button"
          class="stage-open stage-zoom"
          data-testid="stage-zoom"
          title={t(STRUCTURE_MESSAGES).zoomToStage}
          aria-label={t(STRUCTURE_MESSAGES).zoomToStage}
          onClick={() => props.onZoom()}
        >
          {/* A magnifier: the glyphs for "zoom" are missing from many fonts. */}
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <circle cx="6.5" cy="6.5" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
            <path d="M10 10l4 4M4.5 6.5h4M6.5 4.5v4" stroke="currentColor" stroke-width="1.6" />
          </svg>
        </button>
        <button
          type="button"
          class="stage-open"
          data-testid="stage-details"
          title={t(STRUCTURE_MESSAGES).stageDetails}
          aria-label={t(STRUCTURE_MESSAGES).stageDetails}
          onClick={() => board.openStagePanel(props.stage.id)}
        >
          ⋯
        </button>
      </div>
      <Show when={props.stage.goal}>
        <p class="stage-goal">{props.stage.goal}</p>
      </Show>
      <div class="stage-facts">
        <Show when={props.stage.ownerDepartment}>
          <span class="fact owner" title={t(STRUCTURE_MESSAGES).stageFields.ownerDepartment}>
            {props.stage.ownerDepartment}
          </span>
        </Show>
        <Show when={!firstKpi() && props.stage.kpis.length > 0}>
          <span class="fact" title={t(STRUCTURE_MESSAGES).kpis}>
            {t(STRUCTURE_MESSAGES).kpiCount(props.stage.kpis.length)}
          </span>
        </Show>
        <Show when={firstKpi()}>
          {(kpi) => (
            <span
              class={`fact kpi kpi-${kpiStatus(kpi())}`}
              title={`${t(STRUCTURE_MESSAGES).kpis}: ${kpi().name} ${kpiFigure(kpi(), format().number)}`}
              data-testid="stage-kpi"
            >
              {/* A long KPI name shortens itself; the figures, which are the point, always show. */}
              <span class="kpi-name">{kpi().name}</span>{' '}
              <span class="kpi-figure">{kpiFigure(kpi(), format().number)}</span>
              <Show when={props.stage.kpis.length > 1}> +{props.stage.kpis.length - 1}</Show>
            </span>
          )}
        </Show>
        <SubJourneyChip stageId={props.stage.id} />
        <Show when={props.emotion !== null}>
          <EmotionBadge score={Math.round((props.emotion ?? 0) * 10) / 10} />
        </Show>
      </div>
    </header>
  )
}
