import { MAP_TYPES, type MapType } from '@jm/shared'
import type { WorkspaceBoard } from '@jm/shared/api/workspaces'
import { findTemplate } from '@jm/shared/templates'
import { Show } from 'solid-js'
import { MAP_TYPE_LABELS } from '../i18n/dictionaries.ts'
import { format, t } from '../i18n/i18n.ts'
import { WORKSPACE_MESSAGES } from '../i18n/workspaceMessages.ts'

export const templateName = (id: string): string => {
  const template = findTemplate(id)
  return template ? t(template.name) : id
}

const isMapType = (type: string): type is MapType => (MAP_TYPES as readonly string[]).includes(type)

export const mapTypeName = (type: string): string => (isMapType(type) ? t(MAP_TYPE_LABELS)[type] : type)

/** One board of the directory: what it maps, for whom, how alive it is, and what one may do with it. */
export function BoardCard(props: {
  board: WorkspaceBoard
  canArchive: boolean
  onOpen: () => void
  onArchive: (archived: boolean) => void
  onRemap: () => void
}) {
  const m = () => t(WORKSPACE_MESSAGES).card
  const changed = () => {
    const when = format().relativeTime(props.board.updatedAt)
    return props.board.lastEditor ? m().changedBy(when, props.board.lastEditor) : m().changed(when)
  }
  return (
    <article class="board-card" classList={{ archived: props.board.archived }} data-testid="board-card">
      <h3>
        <a
          href={`/b/${props.board.id}`}
          onClick={(event) => {
            event.preventDefault()
            props.onOpen()
          }}
        >
          {props.board.title || m().untitled}
        </a>
      </h3>
      <p class="card-kind">
        {mapTypeName(props.board.mapType)} · {templateName(props.board.template)}
        <Show when={props.board.archived}>
          <span class="badge">{m().archived}</span>
        </Show>
      </p>
      <p class="card-audience">
        {props.board.persona || m().noPersona}
        <Show when={props.board.segment}> · {props.board.segment}</Show>
      </p>
      <p class="card-counts">
        <span>{m().notes(props.board.noteCount)}</span>
        <span classList={{ pains: true, none: props.board.openPainPoints === 0 }}>
          {m().openPains(props.board.openPainPoints)}
        </span>
        <Show when={props.board.openActions > 0}>
          <span>{m().openActions(props.board.openActions)}</span>
        </Show>
      </p>
      <p class="muted card-changed" title={format().dateTime(props.board.updatedAt)}>
        {changed()}
      </p>
      <div class="card-actions">
        <button type="button" class="primary" onClick={() => props.onOpen()}>
          {m().open}
        </button>
        <button type="button" title={m().remapHint} onClick={() => props.onRemap()} data-testid="remap-board">
          {m().remap}
        </button>
        <Show when={props.canArchive}>
          <button
            type="button"
            onClick={() => props.onArchive(!props.board.archived)}
            data-testid="archive-board"
          >
            {props.board.archived ? m().restore : m().archive}
          </button>
        </Show>
      </div>
    </article>
  )
}
