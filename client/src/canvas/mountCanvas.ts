import type { Locale } from '@jm/shared'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import {
  atom,
  createTLStore,
  createUserId,
  defaultBindingUtils,
  defaultShapeUtils,
  type Editor,
  UserRecordType,
} from 'tldraw'
import type { CanvasMessages } from '../i18n/canvasMessages.ts'
import type { RoomConnection } from '../sync/openRoom.ts'
import { bindPresence } from './bindPresence.ts'
import { bindStoreToYjs } from './bindStoreToYjs.ts'
import { CanvasApp } from './CanvasApp.react.tsx'
import { JourneyNoteShapeUtil } from './JourneyNoteShape.react.tsx'
import type { JourneyNotes } from './journeyNotes.ts'
import { placeNoteReference } from './placeNoteReference.ts'

export interface MountCanvasOptions {
  element: HTMLElement
  /** The `<board>.canvas` room, already opened (IndexedDB + relay). */
  canvas: RoomConnection
  notes: JourneyNotes
  user: { id: string; name: string; color: string }
  readOnly: boolean
  locale: Locale
  /** The canvas's texts in `locale`. */
  labels: CanvasMessages
  licenceKey: string | undefined
}

export interface CanvasIsland {
  /** Places a live reference to a journey note; at the given screen point, else mid-view. */
  placeNote(noteId: string, at?: { x: number; y: number }): void
  /** Follows the app's language switch: tldraw's own UI and the note references' labels. */
  setLanguage(locale: Locale, labels: CanvasMessages): void
  destroy(): void
}

/** tldraw's own translation for each of our locales (tldraw uses lower-case region tags). */
const TLDRAW_LOCALE: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh-cn', 'zh-TW': 'zh-tw' }

/**
 * The React island: a tldraw editor whose store is bound to the canvas room's Y.Doc, with others'
 * presence from the room's awareness. Mounted into a Solid-owned element; Solid calls destroy().
 */
export function mountCanvas(options: MountCanvasOptions): CanvasIsland {
  const { canvas } = options
  const status = atom<'online' | 'offline'>(
    'canvas status',
    canvas.provider.wsconnected ? 'online' : 'offline',
  )
  const onStatus = (event: { status: string }) =>
    status.set(event.status === 'connected' ? 'online' : 'offline')
  canvas.provider.on('status', onStatus)
  const currentUser = atom(
    'canvas user',
    UserRecordType.create({
      id: createUserId(options.user.id),
      name: options.user.name,
      color: options.user.color,
    }),
  )
  const store = createTLStore({
    shapeUtils: [...defaultShapeUtils, JourneyNoteShapeUtil],
    bindingUtils: defaultBindingUtils,
    // The read-only mode makes tldraw's own UI read-only for viewers; the relay refuses their writes.
    collaboration: { mode: atom('canvas mode', options.readOnly ? 'readonly' : 'readwrite'), status },
    users: { currentUser },
  })
  const unbindDoc = bindStoreToYjs(store, canvas.doc, canvas.origin, { writable: !options.readOnly })
  const unbindPresence = bindPresence(store, canvas.provider.awareness, currentUser)

  let editor: Editor | null = null
  const root = createRoot(options.element)
  const render = (locale: Locale, labels: CanvasMessages) =>
    root.render(
      createElement(CanvasApp, {
        store,
        notes: options.notes,
        labels,
        locale: TLDRAW_LOCALE[locale],
        licenceKey: options.licenceKey,
        onEditor: (mounted) => {
          editor = mounted
        },
      }),
    )
  render(options.locale, options.labels)

  return {
    placeNote(noteId, at) {
      if (editor && !options.readOnly) placeNoteReference(editor, noteId, at)
    },
    setLanguage(locale, labels) {
      render(locale, labels)
      editor?.user.updateUserPreferences({ locale: TLDRAW_LOCALE[locale] })
    },
    destroy() {
      root.unmount()
      unbindPresence()
      unbindDoc()
      canvas.provider.off('status', onStatus)
    },
  }
}
