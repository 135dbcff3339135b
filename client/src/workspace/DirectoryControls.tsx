import type { WorkspaceBoard } from '@jm/shared/api/workspaces'
import { For } from 'solid-js'
import { t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'
import { mapTypeName, templateName } from './BoardCard.tsx'
import { DIRECTORY_SORTS, type DirectoryFilter, type DirectorySort, facets } from './filterBoards.ts'

const RECENT_DAYS = [7, 30, 90]

/** Filters (map type, persona, template, owner department, updated), sort order and the archive switch. */
export function DirectoryControls(props: {
  boards: readonly WorkspaceBoard[]
  filter: DirectoryFilter
  onFilter: (filter: DirectoryFilter) => void
  sort: DirectorySort
  onSort: (sort: DirectorySort) => void
  showArchived: boolean
  onShowArchived: (show: boolean) => void
}) {
  const m = () => t(WORKSPACE_MESSAGES)
  const choices = () => facets(props.boards)
  const select = (
    label: string,
    key: 'mapType' | 'persona' | 'template' | 'department',
    values: string[],
    name: (value: string) => string,
  ) => (
    <label>
      {label}
      <select
        value={props.filter[key]}
        onChange={(e) => props.onFilter({ ...props.filter, [key]: e.currentTarget.value })}
        data-testid={`filter-${key}`}
      >
        <option value="">{m().filters.all}</option>
        <For each={values}>{(value) => <option value={value}>{name(value)}</option>}</For>
      </select>
    </label>
  )
  return (
    <div class="directory-controls">
      {select(m().filters.mapType, 'mapType', choices().mapTypes, mapTypeName)}
      {select(m().filters.persona, 'persona', choices().personas, (value) => value)}
      {select(m().filters.template, 'template', choices().templates, templateName)}
      {select(m().filters.department, 'department', choices().departments, (value) => value)}
      <label>
        {m().filters.updated}
        <select
          value={String(props.filter.withinDays)}
          onChange={(e) => props.onFilter({ ...props.filter, withinDays: Number(e.currentTarget.value) })}
        >
          <option value="0">{m().filters.anyTime}</option>
          <For each={RECENT_DAYS}>
            {(days) => <option value={days}>{m().filters.withinDays(days)}</option>}
          </For>
        </select>
      </label>
      <label>
        {m().sort.label}
        <select
          value={props.sort}
          onChange={(e) => props.onSort(e.currentTarget.value as DirectorySort)}
          data-testid="directory-sort"
        >
          <For each={DIRECTORY_SORTS}>{(sort) => <option value={sort}>{m().sort[sort]}</option>}</For>
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={props.showArchived}
          onChange={(e) => props.onShowArchived(e.currentTarget.checked)}
          data-testid="show-archived"
        />
        {m().filters.showArchived}
      </label>
    </div>
  )
}
