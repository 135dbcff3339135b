import type { Component } from 'solid-js'
import { FacilitationToolbar } from '../facilitation/FacilitationToolbar.tsx'
import { FollowUpButton } from '../followup/FollowUpButton.tsx'
import { MapSwitcher } from '../followup/MapSwitcher.tsx'
import { ExportMenu } from '../io/ExportMenu.tsx'
import { PeopleBar } from '../presence/PeopleBar.tsx'
import { ShareButton } from '../share/ShareButton.tsx'
import { UndoRedo } from './UndoRedo.tsx'

/**
 * The buttons in the board's top bar, left to right, before the status and language. A feature adds
 * its button by adding an entry here (e.g. the canvas or facilitation tools).
 */
export interface ToolbarItem {
  id: string
  component: Component
}

export const TOOLBAR_ITEMS: ToolbarItem[] = [
  { id: 'maps', component: MapSwitcher },
  { id: 'people', component: PeopleBar },
  { id: 'undo-redo', component: UndoRedo },
  { id: 'share', component: ShareButton },
  { id: 'followup', component: FollowUpButton },
  { id: 'facilitation', component: FacilitationToolbar },
  { id: 'export', component: ExportMenu },
]
