import { type Lane, type Note, type Stage, sortOrdered } from '@jm/shared'
import { createMemo, For, Show } from 'solid-js'
import { t } from '../i18n/locale.ts'
import { useBoard } from './BoardContext.tsx'
import { NOTE_DRAG_TYPE, NoteCard } from './NoteCard.tsx'

const cellKey = (stageId: string, laneId: string) => `${stageId}|${laneId}`

/** Index among the cell's notes where a drop at `clientY` lands. */
function dropIndex(cell: HTMLElement, clientY: number, draggedId: string): number {
  const cards = [...cell.querySelectorAll<HTMLElement>('[data-note-id]')].filter(
    (el) => el.dataset.noteId !== draggedId,
  )
  const after = cards.findIndex((card) => {
    const box = card.getBoundingClientRect()
    return clientY < box.top + box.height / 2
  })
  return after === -1 ? cards.length : after
}

export function Grid() {
  const board = useBoard()
  const notesByCell = createMemo(() => {
    const cells = new Map<string, Note[]>()
    for (const note of board.board.notes) {
      const key = cellKey(note.stageId, note.laneId)
      const list = cells.get(key)
      if (list) list.push(note)
      else cells.set(key, [note])
    }
    for (const [key, list] of cells) cells.set(key, sortOrdered(list))
    return cells
  })
  const laneLabel = (lane: Lane) => lane.name || t().laneKinds[lane.kind]

  return (
    <div class="grid" style={{ '--stage-count': String(board.board.stages.length) }} data-testid="board-grid">
      <div class="grid-corner" />
      <For each={board.board.stages}>
        {(stage: Stage, index) => (
          <header class="stage-header" data-testid="stage-header">
            <span class="stage-index">{index() + 1}</span>
            <span class="stage-name">{stage.name}</span>
            <Show when={stage.goal}>
              <span class="stage-goal">{stage.goal}</span>
            </Show>
          </header>
        )}
      </For>
      <For each={board.board.lanes}>
        {(lane: Lane) => (
          <>
            <div class={`lane-label lane-${lane.kind}`} data-testid="lane-label">
              {laneLabel(lane)}
            </div>
            <For each={board.board.stages}>
              {(stage: Stage) => (
                <section
                  class={`cell lane-${lane.kind}`}
                  data-testid="cell"
                  data-stage-id={stage.id}
                  data-lane-id={lane.id}
                  aria-label={`${stage.name} · ${laneLabel(lane)}`}
                  onDblClick={() => board.actions.addNote(stage.id, lane.id)}
                  onDragOver={(event) => {
                    if (board.canEdit() && event.dataTransfer?.types.includes(NOTE_DRAG_TYPE)) {
                      event.preventDefault()
                      event.currentTarget.classList.add('drop-target')
                    }
                  }}
                  onDragLeave={(event) => event.currentTarget.classList.remove('drop-target')}
                  onDrop={(event) => {
                    event.currentTarget.classList.remove('drop-target')
                    const noteId = event.dataTransfer?.getData(NOTE_DRAG_TYPE)
                    if (!noteId) return
                    event.preventDefault()
                    board.actions.moveNote(
                      noteId,
                      stage.id,
                      lane.id,
                      dropIndex(event.currentTarget, event.clientY, noteId),
                    )
                  }}
                >
                  <For each={notesByCell().get(cellKey(stage.id, lane.id)) ?? []}>
                    {(note) => <NoteCard note={note} />}
                  </For>
                  <Show when={board.canEdit()}>
                    <button
                      type="button"
                      class="cell-add"
                      data-testid="add-note"
                      title={t().addNote}
                      onClick={() => board.actions.addNote(stage.id, lane.id)}
                    >
                      +
                    </button>
                  </Show>
                </section>
              )}
            </For>
          </>
        )}
      </For>
    </div>
  )
}
