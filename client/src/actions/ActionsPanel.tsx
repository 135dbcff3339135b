import { MAX_ACTION_TITLE, type Note } from '@jm/shared'
import { createMemo, createResource, createSignal, For, Show } from 'solid-js'
import { api } from '../api/apiClient.ts'
import { useBoard } from '../board/BoardContext.tsx'
import { ACTIONS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { focusSidePanel } from '../primitives/focusSidePanel.ts'
import { localToday } from '../primitives/localToday.ts'
import { ActionRow, OWNER_CHOICES } from './ActionRow.tsx'
import { actionWrites } from './actionWrites.ts'
import { ImpactEffortMatrix } from './ImpactEffortMatrix.tsx'
import { ResponsibilityCheck } from './ResponsibilityCheck.tsx'

/** The board's actions, open work first, each edited in place; viewers read them. */
export function ActionsPanel(props: { onClose: () => void }) {
  const board = useBoard()
  const m = () => t(ACTIONS_MESSAGES)
  const writes = actionWrites(board)
  const today = localToday()
  const [title, setTitle] = createSignal('')
  const [matrixOpen, setMatrixOpen] = createSignal(false)
  // Owners to pick from: the workspace's people (when the server answers) and the map's departments.
  const [people] = createResource(() =>
    api.boardPeople(board.boardId, board.token).then(
      (answer) => answer.people.map((person) => person.name),
      () => [],
    ),
  )
  const owners = () =>
    [
      ...new Set([...(people() ?? []), ...board.mapStages().map((stage) => stage.ownerDepartment.trim())]),
    ].filter(Boolean)
  // Every note of the board (placed or not), so an action names the notes it addresses.
  const notes = createMemo(
    () =>
      new Map<string, Note>(
        [...board.plainNotes(), ...board.board.unplacedNotes].map((note) => [note.id, note]),
      ),
  )
  const add = (event: SubmitEvent) => {
    event.preventDefault()
    if (title().trim() && writes.create(title().trim())) setTitle('')
  }
  return (
    <aside
      class="actions-panel"
      data-testid="actions-panel"
      aria-label={m().title}
      tabIndex={-1}
      ref={(panel) => focusSidePanel(panel)}
    >
      <datalist id={OWNER_CHOICES}>
        <For each={owners()}>{(name) => <option value={name} />}</For>
      </datalist>
      <header class="panel-head">
        <h2>{m().title}</h2>
        <button
          type="button"
          class="icon-button"
          aria-label={m().close}
          title={m().close}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </header>
      <Show when={board.canEdit()} fallback={<p class="hint">{m().readOnly}</p>}>
        <form class="action-new" onSubmit={add}>
          <input
            data-testid="action-new-title"
            placeholder={m().newPlaceholder}
            aria-label={m().newPlaceholder}
            maxLength={MAX_ACTION_TITLE}
            value={title()}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
          <button type="submit" class="primary" data-testid="action-add" disabled={title().trim() === ''}>
            {m().add}
          </button>
        </form>
      </Show>
      <Show when={board.board.actions.length > 0} fallback={<p class="hint">{m().none}</p>}>
        <button
          type="button"
          class="matrix-open"
          data-testid="matrix-open"
          onClick={() => setMatrixOpen(true)}
        >
          {m().matrix.open}
        </button>
        <Show when={matrixOpen()}>
          <ImpactEffortMatrix
            actions={board.board.actions}
            writes={writes}
            canEdit={board.canEdit()}
            onClose={() => setMatrixOpen(false)}
          />
        </Show>
        <ol class="action-list">
          <For each={board.board.actions}>
            {(action) => <ActionRow action={action} notes={notes()} today={today} writes={writes} />}
          </For>
        </ol>
      </Show>
      <ResponsibilityCheck />
    </aside>
  )
}
