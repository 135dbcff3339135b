import { ACTION_STATUSES, type ActionStatus, isOverdue, MAP_TYPES, type MapType } from '@jm/shared'
import type { WorkspaceActionItem } from '@jm/shared/api/workspaces'
import { selectWorkspaceActions } from '@jm/shared/workspaces'
import { createMemo, createSignal, For, Show } from 'solid-js'
import { ACTIONS_MESSAGES } from '../i18n/actionsMessages.ts'
import { ACTION_STATUS_LABELS } from '../i18n/dictionaries.ts'
import { format, t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'
import { localToday } from '../primitives/localToday.ts'
import { mapTypeName } from './BoardCard.tsx'

/**
 * The workspace's actions across its boards, for the team's weekly follow-up: filter by owner,
 * status, stage, map type and overdue; a row opens its board. Filtering runs here, with the same
 * selection the API's `GET …/actions` applies to its query.
 */
export function WorkspaceActions(props: {
  actions: WorkspaceActionItem[]
  onOpenBoard: (board: string) => void
}) {
  const m = () => t(WORKSPACE_MESSAGES).actionList
  const fields = () => t(ACTIONS_MESSAGES).fields
  const [owner, setOwner] = createSignal('')
  const [status, setStatus] = createSignal<ActionStatus | ''>('')
  const [mapType, setMapType] = createSignal<MapType | ''>('')
  const [stage, setStage] = createSignal('')
  const [overdueOnly, setOverdueOnly] = createSignal(false)
  const today = localToday()
  const owners = createMemo(() =>
    [...new Set(props.actions.map((action) => action.owner.trim()).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b),
    ),
  )
  const shown = () =>
    selectWorkspaceActions(
      props.actions,
      {
        owner: owner() || undefined,
        status: status() || undefined,
        mapType: mapType() || undefined,
        stage: stage() || undefined,
        due: overdueOnly() ? 'overdue' : undefined,
      },
      today,
    )
  const overdue = (action: WorkspaceActionItem) => isOverdue(action, today)
  const dueDate = (due: string) => format().date(new Date(`${due}T00:00:00`).getTime())
  return (
    <section class="workspace-actions" data-testid="workspace-actions">
      <div class="directory-controls">
        <select aria-label={fields().owner} value={owner()} onChange={(e) => setOwner(e.currentTarget.value)}>
          <option value="">{m().anyOwner}</option>
          <For each={owners()}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
        <select
          aria-label={fields().status}
          data-testid="actions-filter-status"
          value={status()}
          onChange={(e) => setStatus(e.currentTarget.value as ActionStatus | '')}
        >
          <option value="">{m().anyStatus}</option>
          <For each={ACTION_STATUSES}>{(s) => <option value={s}>{t(ACTION_STATUS_LABELS)[s]}</option>}</For>
        </select>
        <select
          aria-label={m().anyMapType}
          value={mapType()}
          onChange={(e) => setMapType(e.currentTarget.value as MapType | '')}
        >
          <option value="">{m().anyMapType}</option>
          <For each={MAP_TYPES}>{(type) => <option value={type}>{mapTypeName(type)}</option>}</For>
        </select>
        <input
          type="search"
          placeholder={m().stageFilter}
          aria-label={m().stageFilter}
          value={stage()}
          onInput={(e) => setStage(e.currentTarget.value)}
        />
        <label class="check">
          <input
            type="checkbox"
            data-testid="actions-overdue-only"
            checked={overdueOnly()}
            onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
          />
          {m().overdueOnly}
        </label>
      </div>
      <Show
        when={shown().length > 0}
        fallback={<p class="muted">{props.actions.length > 0 ? m().noMatch : m().none}</p>}
      >
        <table class="actions-table">
          <thead>
            <tr>
              <th scope="col">{fields().title}</th>
              <th scope="col">{m().board}</th>
              <th scope="col">{m().stage}</th>
              <th scope="col">{fields().owner}</th>
              <th scope="col">{fields().due}</th>
              <th scope="col">{fields().status}</th>
              <th scope="col">
                {fields().impact} / {fields().effort}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(action) => (
                <tr data-testid="workspace-action" data-status={action.status}>
                  <td>{action.title}</td>
                  <td>
                    <button
                      type="button"
                      class="link-button"
                      title={m().openBoard(action.boardTitle)}
                      onClick={() => props.onOpenBoard(action.boardId)}
                    >
                      {action.boardTitle}
                    </button>
                  </td>
                  <td>{action.stages.join(', ')}</td>
                  <td>{action.owner}</td>
                  <td classList={{ overdue: overdue(action) }}>
                    {action.due ? dueDate(action.due) : ''}
                    <Show when={overdue(action)}>
                      <span class="badge overdue">{t(ACTIONS_MESSAGES).overdue}</span>
                    </Show>
                  </td>
                  <td>{t(ACTION_STATUS_LABELS)[action.status]}</td>
                  <td>
                    {action.impact} / {action.effort}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  )
}
