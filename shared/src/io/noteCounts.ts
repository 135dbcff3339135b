/**
 * Per-note figures that live outside the board's content room: votes are tallied by the server in
 * `<board>.control`, and comment counts come from the comments collection once the model has one.
 * Exports show 0 for a note with no entry. @public
 */
export interface NoteCounts {
  votes: ReadonlyMap<string, number>
  comments: ReadonlyMap<string, number>
}

export const NO_COUNTS: NoteCounts = { votes: new Map(), comments: new Map() }

export const votesOf = (counts: NoteCounts, noteId: string): number => counts.votes.get(noteId) ?? 0
export const commentsOf = (counts: NoteCounts, noteId: string): number => counts.comments.get(noteId) ?? 0
