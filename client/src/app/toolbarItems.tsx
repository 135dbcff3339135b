import type { Component } from 'solid-js'
import { ActionsButton } from '../actions/ActionsButton.tsx'
import { PeopleBar } from '../board/header/PeopleBar.tsx'
import { BoardSearch } from '../board/search/BoardSearch.tsx'
import { ShortcutsButton } from '../board/shortcuts/ShortcutsButton.tsx'
import { UndoRedo } from '../board/UndoRedo.tsx'
import { FacilitationToolbar } from '../facilitation/FacilitationToolbar.tsx'
import { FollowUpButton } from '../followup/FollowUpButton.tsx'
import { MapSwitcher } from '../followup/MapSwitcher.tsx'
import { ExportMenu } from '../io/ExportMenu.tsx'
import { ShareButton } from '../share/ShareButton.tsx'

/**
 * The buttons in the board's top bar, left to right. A feature adds its button by adding an entry
 * here (e.g. the canvas or facilitation tools). The top row holds who is here and sharing, beside
 * the board's title, status and language; the tools row below holds everything else, its
 * secondary entries at its right end.
 */
export interface ToolbarItem {
  id: string
  row: 'top' | 'tools'
  /** Folded into the "more" menu on a phone (see MoreMenu). */
  secondary?: boolean
  component: Component
}

export const TOOLBAR_ITEMS: ToolbarItem[] = [
  { id: 'people', row: 'top', component: PeopleBar },
  { id: 'share', row: 'top', component: ShareButton },
  { id: 'undo-redo', row: 'tools', component: UndoRedo },
  // Secondary so a phone's tools row keeps to one line; in a wide window it leads the right end.
  { id: 'actions', row: 'tools', secondary: true, component: ActionsButton },
  { id: 'maps', row: 'tools', secondary: true, component: MapSwitcher },
  { id: 'followup', row: 'tools', component: FollowUpButton },
  { id: 'facilitation', row: 'tools', component: FacilitationToolbar },
  { id: 'export', row: 'tools', secondary: true, component: ExportMenu },
  { id: 'search', row: 'tools', secondary: true, component: BoardSearch },
  { id: 'shortcuts', row: 'tools', secondary: true, component: ShortcutsButton },
]

export const toolbarRow = (row: ToolbarItem['row'], secondary = false) =>
  TOOLBAR_ITEMS.filter((item) => item.row === row && (item.secondary ?? false) === secondary)
