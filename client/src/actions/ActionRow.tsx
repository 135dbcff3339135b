import {
  ACTION_SCORE_MAX,
  ACTION_SCORE_MIN,
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
  isOverdue,
  MAX_ACTION_OWNER,
  MAX_ACTION_TITLE,
  type Note,
} from '@jm/shared'
import { For, onMount, Show } from 'solid-js'
import { useBoard } from '../board/BoardContext.tsx'
import { ACTION_STATUS_LABELS, ACTIONS_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { useActionsUi } from './ActionsUi.tsx'
import type { ActionChange, ActionWrites } from './actionWrites.ts'
import { NoteLink } from './NoteLink.tsx'

const SCORES = Array.from({ length: ACTION_SCORE_MAX - ACTION_SCORE_MIN + 1 }, (_, i) => ACTION_SCORE_MIN + i)

/** One action, each field edited in place (texts are saved when left or on Enter). */
/** The id of the owner suggestions (a datalist the panel keeps) every action's owner field offers. */
export const OWNER_CHOICES = 'action-owner-choices'

export function ActionRow(props: {
  action: Action
  notes: ReadonlyMap<string, Note>
  today: string
  writes: ActionWrites
}) {
  const board = useBoard()
  const ui = useActionsUi()
  const m = () => t(ACTIONS_MESSAGES)
  const readOnly = () => !board.canEdit()
  const save = (change: ActionChange) => props.writes.update(props.action.id, change)
  let titleInput: HTMLInputElement | undefined
  onMount(() => {
    if (ui.focused() !== props.action.id || !titleInput) return
    titleInput.scrollIntoView({ block: 'nearest' })
    titleInput.focus()
    titleInput.select()
    ui.focusDone()
  })
  const linked = () => props.action.noteIds.flatMap((id) => props.notes.get(id) ?? [])
  return (
    <li
      class="action-row"
      classList={{
        overdue: isOverdue(props.action, props.today),
        closed: props.action.status === 'done' || props.action.status === 'dropped',
      }}
      data-testid="action-row"
      data-action-id={props.action.id}
    >
      <div class="action-top">
        <input
          ref={titleInput}
          class="action-title"
          data-testid="action-title"
          aria-label={m().fields.title}
          maxLength={MAX_ACTION_TITLE}
          readOnly={readOnly()}
          value={props.action.title}
          onChange={(e) => {
            // An emptied title is refused: the stored one shows again.
            if (!save({ title: e.currentTarget.value })) e.currentTarget.value = props.action.title
          }}
        />
        <Show when={isOverdue(props.action, props.today)}>
          <span class="chip overdue" data-testid="action-overdue">
            {m().overdue}
          </span>
        </Show>
      </div>
      <div class="action-fields">
        <label>
          {m().fields.owner}
          <input
            data-testid="action-owner"
            list={OWNER_CHOICES}
            placeholder={m().ownerPlaceholder}
            maxLength={MAX_ACTION_OWNER}
            readOnly={readOnly()}
            value={props.action.owner}
            onChange={(e) => save({ owner: e.currentTarget.value })}
          />
        </label>
        <label>
          {m().fields.due}
          <input
            type="date"
            data-testid="action-due"
            readOnly={readOnly()}
            value={props.action.due}
            onChange={(e) => save({ due: e.currentTarget.value })}
          />
        </label>
        <label>
          {m().fields.status}
          <select
            data-testid="action-status"
            disabled={readOnly()}
            value={props.action.status}
            onChange={(e) => save({ status: e.currentTarget.value as ActionStatus })}
          >
            <For each={ACTION_STATUSES}>
              {(status) => <option value={status}>{t(ACTION_STATUS_LABELS)[status]}</option>}
            </For>
          </select>
        </label>
        <For each={['impact', 'effort'] as const}>
          {(field) => (
            <label>
              {m().fields[field]}
              <select
                data-testid={`action-${field}`}
                disabled={readOnly()}
                value={props.action[field]}
                onChange={(e) => save({ [field]: Number(e.currentTarget.value) })}
              >
                <For each={SCORES}>{(score) => <option value={score}>{score}</option>}</For>
              </select>
            </label>
          )}
        </For>
      </div>
      <div class="action-notes">
        <span class="action-notes-label">{m().addresses}</span>
        <For each={linked()} fallback={<span class="hint">{m().noNotes}</span>}>
          {(note) => (
            <NoteLink
              note={note}
              onUnlink={readOnly() ? undefined : () => save({ unlinkNoteIds: [note.id] })}
            />
          )}
        </For>
        <Show when={!readOnly()}>
          <button
            type="button"
            class="action-remove"
            data-testid="action-remove"
            onClick={() => props.writes.remove(props.action.id)}
          >
            {m().remove}
          </button>
        </Show>
      </div>
    </li>
  )
}
