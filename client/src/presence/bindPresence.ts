import { createEffect, onCleanup } from 'solid-js'
import type { Viewport } from '../primitives/createViewport.ts'
import type { Presence } from './createPresence.ts'

/**
 * Connects presence to the board view: publishes this person's pointer (in board pixels), open
 * note and visible area, and while following someone, keeps scroll and zoom on theirs. Scrolling
 * or zooming by hand stops following.
 */
export function bindPresence(options: {
  presence: Presence
  viewport: Viewport
  holder: HTMLElement
  editingNote: () => string | null
  following: () => number | null
  follow: (clientId: number | null) => void
}) {
  const { presence, viewport, holder } = options
  const scroller = viewport.scroller()
  if (!scroller) throw new Error('bindPresence needs an attached viewport')

  const onPointerMove = (event: PointerEvent) => {
    const box = holder.getBoundingClientRect()
    const scale = viewport.scale()
    presence.setCursor({ x: (event.clientX - box.left) / scale, y: (event.clientY - box.top) / scale })
  }
  const onPointerLeave = () => presence.setCursor(null)
  const publishView = () => {
    const scale = viewport.scale()
    presence.setView({ x: scroller.scrollLeft / scale, y: scroller.scrollTop / scale, scale })
  }
  const stopFollowing = () => options.follow(null)
  holder.addEventListener('pointermove', onPointerMove)
  holder.addEventListener('pointerleave', onPointerLeave)
  scroller.addEventListener('scroll', publishView, { passive: true })
  scroller.addEventListener('wheel', stopFollowing, { passive: true })
  scroller.addEventListener('pointerdown', stopFollowing)
  onCleanup(() => {
    holder.removeEventListener('pointermove', onPointerMove)
    holder.removeEventListener('pointerleave', onPointerLeave)
    scroller.removeEventListener('scroll', publishView)
    scroller.removeEventListener('wheel', stopFollowing)
    scroller.removeEventListener('pointerdown', stopFollowing)
  })

  createEffect(() => presence.setEditing(options.editingNote()))
  createEffect(() => {
    viewport.scale()
    publishView()
  })
  createEffect(() => {
    const id = options.following()
    if (id === null) return
    const peer = presence.peers().find((candidate) => candidate.clientId === id)
    if (!peer) return options.follow(null)
    if (!peer.view) return
    viewport.zoomTo(peer.view.scale)
    scroller.scrollTo({ left: peer.view.x * viewport.scale(), top: peer.view.y * viewport.scale() })
  })
}
