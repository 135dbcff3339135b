import { For, Show } from 'solid-js'
import { usePresence } from './PresenceContext.tsx'

/** Other people's pointers over the board, drawn in the (unzoomed) holder at the zoomed position. */
export function Cursors(props: { scale: number }) {
  const { presence } = usePresence()
  const visible = () => presence.peers().filter((peer) => peer.cursor)
  return (
    <Show when={presence.showCursors()}>
      <div class="cursors" aria-hidden="true">
        <For each={visible()}>
          {(peer) => (
            <div
              class="cursor"
              data-testid="remote-cursor"
              style={{
                transform: `translate(${(peer.cursor?.x ?? 0) * props.scale}px, ${(peer.cursor?.y ?? 0) * props.scale}px)`,
                '--peer': peer.user.color,
              }}
            >
              <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
                <path d="M1 1l13 8-6 1.5L5 18z" fill="var(--peer)" stroke="#fff" stroke-width="1.5" />
              </svg>
              <span class="cursor-name">{peer.user.name}</span>
            </div>
          )}
        </For>
      </div>
    </Show>
  )
}
