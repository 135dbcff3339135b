import { MAX_FIELD_LENGTH, STAGE_TEXT_FIELDS, type Stage } from '@jm/shared'
import { createSignal, For, Show } from 'solid-js'
import { BOARD_MESSAGES, EVIDENCE_MESSAGES, STRUCTURE_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { focusSidePanel } from '../../primitives/focusSidePanel.ts'
import { useBoard } from '../BoardContext.tsx'
import { AttachmentList, LinkList } from '../evidence/lazyEvidence.ts'
import { SubJourneyLinks } from '../subJourneys/SubJourneyLinks.tsx'
import { ConfirmDelete } from './ConfirmDelete.tsx'
import { DeliverableList } from './DeliverableList.tsx'
import { KpiList } from './KpiList.tsx'
import { stageHint, templateStage } from './stageHints.ts'

const DETAIL_FIELDS = STAGE_TEXT_FIELDS.filter((field) => field !== 'name')

/** The side panel of one stage: its goal, question, exit criteria, owner, handoff, KPIs, deliverables, links, files. */
export function StagePanel(props: { stage: Stage }) {
  const board = useBoard()
  const [confirming, setConfirming] = createSignal(false)
  const readOnly = () => !board.canEditStructure()
  // The time of day only means something on a day-in-the-life map's time axis.
  const dayInTheLife = () =>
    board.board.maps.find((map) => map.id === props.stage.mapId)?.type === 'dayInTheLife'
  const neighbour = () => {
    const stages = board.mapStages()
    const position = stages.findIndex((stage) => stage.id === props.stage.id)
    return (stages[position - 1] ?? stages[position + 1])?.name ?? ''
  }
  return (
    <aside
      class="stage-panel"
      data-testid="stage-panel"
      aria-label={t(STRUCTURE_MESSAGES).stageDetails}
      tabIndex={-1}
      ref={(panel) => focusSidePanel(panel)}
    >
      <header class="panel-head">
        <h2>{props.stage.name}</h2>
        <button
          type="button"
          class="icon-button"
          aria-label={t(BOARD_MESSAGES).close}
          onClick={() => board.openStagePanel(null)}
        >
          ×
        </button>
      </header>
      <Show when={templateStage(board.board.meta.templateId, props.stage.templateKey)?.prompts}>
        {(prompts) => (
          <Show when={prompts().length > 0}>
            <section class="prompts" data-testid="stage-prompts">
              <h3>{t(STRUCTURE_MESSAGES).workshopQuestions}</h3>
              <ul>
                <For each={prompts()}>{(prompt) => <li>{t(prompt)}</li>}</For>
              </ul>
            </section>
          </Show>
        )}
      </Show>
      <For each={DETAIL_FIELDS.filter((field) => field !== 'timeOfDay' || dayInTheLife())}>
        {(field) => (
          <label class="field">
            <span>{t(STRUCTURE_MESSAGES).stageFields[field]}</span>
            <textarea
              rows={field === 'goal' || field === 'customerQuestion' ? 2 : 3}
              data-testid={`stage-field-${field}`}
              readOnly={readOnly()}
              placeholder={stageHint(board.board.meta.templateId, props.stage.templateKey, field)}
              value={props.stage[field]}
              maxLength={MAX_FIELD_LENGTH}
              onChange={(e) =>
                board.structure.setStageFields({ stageId: props.stage.id, [field]: e.currentTarget.value })
              }
            />
          </label>
        )}
      </For>
      <SubJourneyLinks stage={props.stage} />
      <KpiList stage={props.stage} />
      <DeliverableList stage={props.stage} />
      <section class="panel-section">
        <h3>{t(EVIDENCE_MESSAGES).links}</h3>
        <LinkList kind="stage" targetId={props.stage.id} />
      </section>
      <section class="panel-section">
        <h3>{t(EVIDENCE_MESSAGES).files}</h3>
        <AttachmentList kind="stage" targetId={props.stage.id} />
      </section>
      <Show when={board.canEditStructure() && board.mapStages().length > 1}>
        <button
          type="button"
          class="toolbar-button danger wide"
          data-testid="delete-stage"
          onClick={() => setConfirming(true)}
        >
          {t(STRUCTURE_MESSAGES).deleteStage}
        </button>
      </Show>
      <Show when={confirming()}>
        <ConfirmDelete
          title={t(STRUCTURE_MESSAGES).deleteStageConfirm(props.stage.name)}
          noteCount={board.board.notes.filter((note) => note.stageId === props.stage.id).length}
          keepTarget={neighbour()}
          onConfirm={(deleteNotes) => {
            // Delete first: closing the panel disposes this component and its props.
            board.structure.deleteStage(props.stage.id, deleteNotes)
            board.openStagePanel(null)
          }}
          onClose={() => setConfirming(false)}
        />
      </Show>
    </aside>
  )
}
