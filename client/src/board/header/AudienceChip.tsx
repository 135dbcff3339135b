import type { JourneyMap } from '@jm/shared'
import { createSignal, onCleanup, Show } from 'solid-js'
import { HEADER_MESSAGES } from '../../i18n/dictionaries.ts'
import { t } from '../../i18n/i18n.ts'
import { AudiencePanel } from './AudiencePanel.tsx'

/** Who the map is drawn for: its persona and target segment; editors open a panel to change them. */
export function AudienceChip(props: { map: JourneyMap; editable: boolean }) {
  const [open, setOpen] = createSignal(false)
  let root: HTMLDivElement | undefined
  let button: HTMLButtonElement | undefined
  /** Closing from the keyboard or "Done" puts focus back on the chip, where it was. */
  const close = () => {
    setOpen(false)
    button?.focus()
  }
  const closeOutside = (event: PointerEvent) => {
    if (root && !root.contains(event.target as Node)) setOpen(false)
  }
  document.addEventListener('pointerdown', closeOutside)
  onCleanup(() => document.removeEventListener('pointerdown', closeOutside))
  const empty = () => !props.map.persona && !props.map.segment
  /** The chip may cut both short; the tooltip gives them in full. */
  const tooltip = () =>
    `${t(HEADER_MESSAGES).audience}: ${[props.map.persona, props.map.segment].filter(Boolean).join(' · ') || '—'}`
  const summary = () => (
    <>
      <Show when={props.map.persona}>
        <span class="map-persona" data-testid="map-persona">
          {props.map.persona}
        </span>
      </Show>
      <Show when={props.map.segment}>
        <span class="map-segment" data-testid="map-segment">
          {props.map.segment}
        </span>
      </Show>
    </>
  )
  return (
    <Show
      when={props.editable}
      fallback={
        <Show when={!empty()}>
          <span class="chip audience" title={tooltip()} data-testid="audience">
            {summary()}
          </span>
        </Show>
      }
    >
      <div class="audience-menu" ref={root}>
        <button
          ref={button}
          type="button"
          class="chip audience editable"
          classList={{ empty: empty() }}
          title={tooltip()}
          aria-haspopup="dialog"
          aria-expanded={open()}
          data-testid="audience"
          onClick={() => setOpen(!open())}
        >
          <Show when={!empty()} fallback={t(HEADER_MESSAGES).addAudience}>
            {summary()}
          </Show>
        </button>
        <Show when={open()}>
          <AudiencePanel map={props.map} onClose={close} />
        </Show>
      </div>
    </Show>
  )
}
