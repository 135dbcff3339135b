const BEEP_HZ = 880
const BEEP_SECONDS = 0.7

/** A short tone through Web Audio (no audio file to load); silently skipped where audio is unavailable. */
export function beep(): void {
  try {
    const context = new AudioContext()
    const oscillator = context.createOscillator()
    const gain = context.createGain()
    oscillator.frequency.value = BEEP_HZ
    gain.gain.setValueAtTime(0.25, context.currentTime)
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + BEEP_SECONDS)
    oscillator.connect(gain).connect(context.destination)
    oscillator.onended = () => void context.close()
    oscillator.start()
    oscillator.stop(context.currentTime + BEEP_SECONDS)
  } catch {
    // No audio device or autoplay refused: the visible signal still shows.
  }
}
