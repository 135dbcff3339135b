/** @jsxImportSource react */
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { useMemo } from 'react'
import { type Editor, type TLStore, Tldraw } from 'tldraw'
import 'tldraw/tldraw.css'
import type { CanvasMessages } from '../i18n/canvasMessages.ts'
import { JourneyNoteShapeUtil, JourneyNotesContext } from './JourneyNoteShape.react.tsx'
import type { JourneyNotes } from './journeyNotes.ts'

export interface CanvasAppProps {
  store: TLStore
  notes: JourneyNotes
  labels: CanvasMessages
  /** tldraw's translation to load (ours, from @tldraw/assets, not tldraw's CDN). */
  locale: string
  licenceKey: string | undefined
  onEditor(editor: Editor): void
}

const SHAPE_UTILS = [JourneyNoteShapeUtil]
// Fonts, icons and translations are bundled by Vite from @tldraw/assets and served by our own
// server (and cached by the service worker); without this tldraw fetches them from cdn.tldraw.com.
const ASSET_URLS = getAssetUrlsByImport()

export function CanvasApp(props: CanvasAppProps) {
  const context = useMemo(() => ({ notes: props.notes, labels: props.labels }), [props.notes, props.labels])
  return (
    <JourneyNotesContext.Provider value={context}>
      <Tldraw
        store={props.store}
        shapeUtils={SHAPE_UTILS}
        assetUrls={ASSET_URLS}
        licenseKey={props.licenceKey}
        onMount={(editor) => {
          editor.user.updateUserPreferences({ locale: props.locale })
          props.onEditor(editor)
        }}
      />
    </JourneyNotesContext.Provider>
  )
}
