import { can } from '@jm/shared'
import { createEffect, createSignal, For, lazy, onCleanup, onMount, Show, Suspense } from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { ActionsUiProvider } from '../actions/ActionsUi.tsx'
import { CreateActionButton } from '../actions/CreateActionButton.tsx'
import { useBoard } from '../board/BoardContext.tsx'
import { BoardHeading } from '../board/header/BoardHeading.tsx'
import { MoreMenu } from '../board/MoreMenu.tsx'
import { NoteToolbar } from '../board/NoteToolbar.tsx'
import { type NoteSlots, NoteSlotsProvider } from '../board/noteSlots.tsx'
import { StatusBadge } from '../board/StatusBadge.tsx'
import { UndoToast } from '../board/UndoToast.tsx'
import { MapView } from '../board/views/MapView.tsx'
import { ZoomControls } from '../board/ZoomControls.tsx'
import { FacilitationOverlay } from '../facilitation/FacilitationOverlay.tsx'
import { NoteDots } from '../facilitation/NoteDots.tsx'
import { APP_MESSAGES, CANVAS_TOGGLE_MESSAGES } from '../i18n/dictionaries.ts'
import { t } from '../i18n/i18n.ts'
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx'
import { MapBreadcrumbs } from '../maps/MapBreadcrumbs.tsx'
import { registerOfflineShell } from '../offlineShell.ts'
import { bindPresence } from '../presence/bindPresence.ts'
import { Cursors } from '../presence/Cursors.tsx'
import type { Presence } from '../presence/createPresence.ts'
import { createPresence } from '../presence/createPresence.ts'
import { FollowBanner } from '../presence/FollowBanner.tsx'
import { PresenceProvider, usePresence } from '../presence/PresenceContext.tsx'
import { colorFor } from '../presence/presenceState.ts'
import { createSyncState } from '../primitives/createSyncState.ts'
import type { Viewport } from '../primitives/createViewport.ts'
import { createViewport } from '../primitives/createViewport.ts'
import { rememberBoard } from '../session/recentBoards.ts'
import { DeleteBoardButton } from './DeleteBoardButton.tsx'
import { toolbarRow } from './toolbarItems.tsx'
import '../board/board.css'
import '../board/structure/structure.css'
import '../board/phoneLayout.css'

// tldraw and React load only when someone opens the canvas; the board's first load never carries them.
const CanvasPanel = lazy(() => import('../canvas/CanvasPanel.tsx'))
// With it the templates' texts (its prompts), ~8 kB gzip the board never needs until a stage is opened.
const StagePanel = lazy(() =>
  import('../board/structure/StagePanel.tsx').then((module) => ({ default: module.StagePanel })),
)

/** The features drawn on every note card. */
const NOTE_SLOTS: NoteSlots = { footer: NoteDots, toolbar: CreateActionButton }

export function BoardShell(props: { boardId: string; newer: boolean; archived: boolean }) {
  const board = useBoard()
  const sync = createSyncState(board.connection)
  const viewport = createViewport()
  const [canvasOpen, setCanvasOpen] = createSignal(false)
  const openedAt = Date.now()
  onMount(registerOfflineShell)
  // Again whenever someone renames the board, so the landing page's recent list shows its new title.
  createEffect(() =>
    rememberBoard({
      id: props.boardId,
      title: board.board.meta.title,
      link: location.pathname + location.hash,
      openedAt,
    }),
  )
  const onKey = (event: KeyboardEvent) => {
    const typing = (event.target as HTMLElement | null)?.closest('textarea, input, select, [contenteditable]')
    if (event.key === 'Escape') {
      // What has the focus handles Escape first (an editor cancels, the grid drops its selection).
      const panel = board.sidePanel()
      if (panel && !typing && !event.defaultPrevented) board.setSidePanelOpen(panel, false)
      return
    }
    if (!(event.metaKey || event.ctrlKey) || event.key.toLowerCase() !== 'z') return
    if (typing) return
    event.preventDefault()
    if (event.shiftKey) board.actions.redo()
    else board.actions.undo()
  }
  window.addEventListener('keydown', onKey)
  onCleanup(() => window.removeEventListener('keydown', onKey))
  let grid: HTMLDivElement | undefined
  const presence = createPresence(board.connection.provider.awareness, {
    name: board.author,
    color: colorFor(board.author),
    role: board.role,
  })
  return (
    <PresenceProvider presence={presence}>
      <NoteSlotsProvider slots={NOTE_SLOTS}>
        <ActionsUiProvider>
          <div class="board-page" data-side-panel={board.sidePanel() ?? undefined}>
            <header class="topbar">
              <div class="topbar-row">
                <a class="brand" href="/" title={t(APP_MESSAGES).appName}>
                  <img src="/favicon.svg" alt="" width="22" height="22" />
                </a>
                <BoardHeading />
                <span class="spacer" />
                <For each={toolbarRow('top')}>{(item) => <Dynamic component={item.component} />}</For>
                <StatusBadge state={sync.state()} pending={sync.pending()} />
                <LanguageSwitch />
              </div>
              <div class="topbar-row topbar-tools">
                <For each={toolbarRow('tools')}>{(item) => <Dynamic component={item.component} />}</For>
                <span class="spacer" />
                <Show when={!board.canEdit()}>
                  <span class="chip readonly" data-testid="read-only">
                    {t(APP_MESSAGES).readOnly}
                  </span>
                </Show>
                <MoreMenu>
                  <For each={toolbarRow('tools', true)}>
                    {(item) => <Dynamic component={item.component} />}
                  </For>
                  <button
                    type="button"
                    class="toolbar-button"
                    data-testid="canvas-toggle"
                    aria-pressed={canvasOpen()}
                    onClick={() => setCanvasOpen(!canvasOpen())}
                  >
                    {t(CANVAS_TOGGLE_MESSAGES).title}
                  </button>
                  <Show when={can(board.role, 'editContent')}>
                    <span class="chip role">{t(APP_MESSAGES).roles[board.role]}</span>
                  </Show>
                  <DeleteBoardButton boardId={props.boardId} />
                </MoreMenu>
              </div>
            </header>
            {/* The one main landmark: every header inside it (stages, panels) is then no page banner. */}
            <main class="board-body">
              <Show when={props.newer}>
                <p class="banner">{t(APP_MESSAGES).newerSchema}</p>
              </Show>
              <Show when={props.archived}>
                <p class="banner" role="status" data-testid="archived-banner">
                  {t(APP_MESSAGES).archivedBoard}
                </p>
              </Show>
              <MapBreadcrumbs />
              <div class="board-main">
                <div class="board-scroll" ref={(el) => viewport.attach(el)} data-testid="board-scroll">
                  <div ref={grid} class="grid-holder">
                    <MapView viewport={viewport} />
                    <Cursors scale={viewport.scale()} />
                    <PresenceBinding presence={presence} viewport={viewport} holder={() => grid} />
                  </div>
                </div>
                <Show when={canvasOpen()}>
                  <Suspense fallback={<p class="notice">{t(CANVAS_TOGGLE_MESSAGES).loading}</p>}>
                    <CanvasPanel />
                  </Suspense>
                </Show>
              </div>
              <Show when={board.board.stages.find((stage) => stage.id === board.stagePanel())}>
                {(stage) => <StagePanel stage={stage()} />}
              </Show>
              <div class="board-dock">
                <NoteToolbar />
                <ZoomControls viewport={viewport} fit={() => grid && viewport.fit(grid)} />
              </div>
              <UndoToast />
              <FollowBanner />
              <FacilitationOverlay />
            </main>
          </div>
        </ActionsUiProvider>
      </NoteSlotsProvider>
    </PresenceProvider>
  )
}

/** Binds presence once the scroller and holder exist (rendered inside them). */
function PresenceBinding(props: {
  presence: Presence
  viewport: Viewport
  holder: () => HTMLElement | undefined
}) {
  const board = useBoard()
  const { following, follow } = usePresence()
  onMount(() => {
    const holder = props.holder()
    if (holder)
      bindPresence({
        presence: props.presence,
        viewport: props.viewport,
        holder,
        editingNote: board.editingNote,
        following,
        follow,
      })
  })
  return null
}
