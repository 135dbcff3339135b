/**
 * Whether a key press belongs to an input method's composition (Pinyin, Zhuyin, kana). The Enter
 * that picks a candidate and the Escape that drops one are the IME's keys, not ours: acting on them
 * would save or add half a word. Chromium and Safari send the key that ends a composition as
 * keyCode 229, sometimes with isComposing already false, so both are checked.
 */
export function isComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229
}
