import { type Lane, laneLabel } from '@jm/shared'
import { createSignal, Show } from 'solid-js'
import { LANE_KIND_LABELS, STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { locale, t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { ConfirmDelete } from './ConfirmDelete.tsx'
import { InlineEdit } from './InlineEdit.tsx'
import { type ReorderDrag, reorderIndex } from './reorder.ts'

export function LaneLabel(props: { lane: Lane; label: string; drag: ReorderDrag }) {
  const board = useBoard()
  const [confirming, setConfirming] = createSignal(false)
  const hover = () => props.drag.hover()
  const handlers = props.drag.bind(
    () => props.lane.id,
    board.canEditStructure,
    (dragged, target, after) =>
      board.structure.moveLane(
        dragged,
        reorderIndex(
          board.mapLanes().map((lane) => lane.id),
          dragged,
          target,
          after,
        ),
      ),
  )
  const neighbour = () => {
    const lanes = board.mapLanes()
    const position = lanes.findIndex((lane) => lane.id === props.lane.id)
    const target = lanes[position - 1] ?? lanes[position + 1]
    return target ? laneLabel(target, locale()) : ''
  }
  return (
    <div
      class={`lane-label lane-${props.lane.kind}`}
      classList={{
        'drop-before': hover()?.id === props.lane.id && !hover()?.after,
        'drop-after': hover()?.id === props.lane.id && hover()?.after,
      }}
      data-testid="lane-label"
      data-lane-id={props.lane.id}
      {...handlers}
    >
      <InlineEdit
        class="lane-name"
        testId="lane-name"
        value={props.lane.name}
        placeholder={t(LANE_KIND_LABELS)[props.lane.kind]}
        editable={board.canEditStructure()}
        label={t(STRUCTURE_MESSAGES).renameLane}
        onCommit={(name) =>
          board.structure.renameLane(props.lane.id, name === t(LANE_KIND_LABELS)[props.lane.kind] ? '' : name)
        }
      />
      <Show when={board.canEditStructure() && board.mapLanes().length > 1}>
        <button
          type="button"
          class="lane-delete"
          data-testid="delete-lane"
          title={t(STRUCTURE_MESSAGES).deleteLane}
          aria-label={t(STRUCTURE_MESSAGES).deleteLane}
          onClick={() => setConfirming(true)}
        >
          ×
        </button>
      </Show>
      <Show when={confirming()}>
        <ConfirmDelete
          title={t(STRUCTURE_MESSAGES).deleteLaneConfirm(props.label)}
          noteCount={board.board.notes.filter((note) => note.laneId === props.lane.id).length}
          keepTarget={neighbour()}
          onConfirm={(deleteNotes) => board.structure.deleteLane(props.lane.id, deleteNotes)}
          onClose={() => setConfirming(false)}
        />
      </Show>
    </div>
  )
}
