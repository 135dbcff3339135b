/**
 * Transaction origins. Y.UndoManager matches `trackedOrigins` by identity, so a client keeps one
 * `LocalOrigin` instance for its whole session; a fresh object per call would break scoped undo.
 */
export class LocalOrigin {
  readonly kind = 'local'
  constructor(readonly actorId: string) {}
}

/** Changes the server makes itself (migrations on load, tallies, restores). */
export class ServerOrigin {
  readonly kind = 'server'
  constructor(readonly reason: string) {}
}

export type TransactionOrigin = LocalOrigin | ServerOrigin

export function isTransactionOrigin(value: unknown): value is TransactionOrigin {
  return value instanceof LocalOrigin || value instanceof ServerOrigin
}
