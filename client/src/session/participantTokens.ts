/** The participant token this browser holds for a board (from joining it), kept in localStorage. */
const participantKey = (board: string) => `jm-participant-${board}`

export function savedParticipantToken(board: string): string | null {
  return localStorage.getItem(participantKey(board))
}

export function saveParticipantToken(board: string, token: string): void {
  localStorage.setItem(participantKey(board), token)
}

export function forgetParticipantToken(board: string): void {
  localStorage.removeItem(participantKey(board))
}
