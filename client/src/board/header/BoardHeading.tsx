import { Show } from 'solid-js'
import { HEADER_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { useBoard } from '../BoardContext.tsx'
import { InlineEdit } from '../structure/InlineEdit.tsx'
import { AudienceChip } from './AudienceChip.tsx'
import { MapTypeChip } from './MapTypeChip.tsx'
import './header.css'

/** The board title, and the shown map's type, persona and segment; editable in place by editors. */
export function BoardHeading() {
  const board = useBoard()
  const map = () => board.board.maps.find((candidate) => candidate.id === board.activeMapId())
  const editable = () => board.canEditStructure()
  return (
    <div class="board-heading">
      <h1 class="board-title" data-testid="board-title">
        <InlineEdit
          class="board-title-text"
          testId="board-title-text"
          value={board.board.meta.title}
          editable={editable()}
          editOnClick
          label={t(HEADER_MESSAGES).renameBoard}
          onCommit={(title) => title && board.structure.setBoardTitle(title)}
        />
      </h1>
      <Show when={map()}>
        {(current) => (
          // One box only on a phone, where the chips take a line of their own (header.css).
          <div class="board-chips">
            <MapTypeChip map={current()} editable={editable()} />
            <AudienceChip map={current()} editable={editable()} />
          </div>
        )}
      </Show>
    </div>
  )
}
