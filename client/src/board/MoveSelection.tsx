import { laneLabel, type Note } from '@jm/shared'
import { createSignal, For } from 'solid-js'
import { BOARD_MESSAGES } from '../i18n/dictionaries.ts'
import { locale, t } from '../i18n/i18n.ts'
import { cellKey } from '../primitives/createCellLists.ts'
import { useBoard } from './BoardContext.tsx'
import { inDisplayOrder } from './gridNavigation.ts'

/**
 * Moves the selected notes to the end of a chosen cell, as one undo step: the keyboard's way to
 * carry a selection across the board. A list and a button, because a list alone moves the notes on
 * every arrow key that walks it.
 */
export function MoveSelection(props: { notes: readonly Note[] }) {
  const board = useBoard()
  const [target, setTarget] = createSignal('')
  const [said, setSaid] = createSignal('')
  const cells = () =>
    board.mapLanes().flatMap((lane) =>
      board.mapStages().map((stage) => ({
        key: cellKey(stage.id, lane.id),
        stageId: stage.id,
        laneId: lane.id,
        name: `${stage.name} · ${laneLabel(lane, locale())}`,
      })),
    )
  const move = () => {
    const cell = cells().find((candidate) => candidate.key === target())
    if (!cell) return
    const ids = inDisplayOrder(new Set(props.notes.map((note) => note.id)))
    const staying = board.notesIn(cell.stageId, cell.laneId).filter((note) => !ids.includes(note.id))
    board.actions.moveNotes(ids, cell.stageId, cell.laneId, staying.length)
    setSaid(t(BOARD_MESSAGES).moveSelection.moved(ids.length, cell.name))
    setTarget('')
  }
  return (
    <div class="move-selection">
      <select
        data-testid="move-selection-target"
        aria-label={t(BOARD_MESSAGES).moveSelection.label}
        value={target()}
        onChange={(event) => setTarget(event.currentTarget.value)}
      >
        <option value="">{t(BOARD_MESSAGES).moveSelection.label}</option>
        <For each={cells()}>{(cell) => <option value={cell.key}>{cell.name}</option>}</For>
      </select>
      <button
        type="button"
        class="toolbar-button"
        data-testid="move-selection"
        disabled={target() === ''}
        onClick={move}
      >
        {t(BOARD_MESSAGES).moveSelection.move}
      </button>
      <span class="visually-hidden" aria-live="polite" data-testid="move-selection-announcer">
        {said()}
      </span>
    </div>
  )
}
