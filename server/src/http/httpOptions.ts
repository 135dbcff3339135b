/** HTTP hardening settings; every one is configurable through createApp (and the environment in main.ts). */
export interface HttpOptions {
  /** Largest accepted request body on /api; larger ones get 413. @default 5 MiB */
  maxBodyBytes: number
  /** Largest attachment (`POST /api/boards/:id/attachments`, in place of maxBodyBytes); 413 past it. @default 10 MiB */
  maxAttachmentBytes: number
  /** All attachments of one board together (a file used twice counts once); 413 past it. @default 100 MiB */
  maxBoardAttachmentBytes: number
  /** Boards one address may create (or import) per minute; 0 turns the limit off. @default 30 */
  boardsPerMinute: number
  /** HTTP requests one address may make per minute, page assets included; 0 turns it off. @default 3000 */
  requestsPerMinute: number
  /** Websocket connection attempts one address may make per minute; 0 turns it off. @default 600 */
  socketsPerMinute: number
  /** Workspace searches one address may make per minute (each reads the index); 0 turns it off. @default 120 */
  searchesPerMinute: number
  /** Origins allowed to call the API from other sites; empty sends no CORS headers at all. */
  corsOrigins: string[]
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For entry. */
  trustProxy: boolean
}

/**
 * Generous defaults: a workshop behind one corporate NAT shares a single address, and each
 * participant's first page load fetches the app's assets and opens a few rooms.
 */
export const DEFAULT_HTTP_OPTIONS: HttpOptions = {
  maxBodyBytes: 5 * 1024 * 1024,
  // A phone photo or a scanned interview is a few MB; a board's evidence a few dozen of them.
  maxAttachmentBytes: 10 * 1024 * 1024,
  maxBoardAttachmentBytes: 100 * 1024 * 1024,
  boardsPerMinute: 30,
  requestsPerMinute: 3000,
  socketsPerMinute: 600,
  // Typing a query searches as one types (debounced): a person makes a few per second at most.
  searchesPerMinute: 120,
  corsOrigins: [],
  trustProxy: false,
}
