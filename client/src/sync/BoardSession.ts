import { ballotRoomName, canvasRoomName, controlRoomName, privateRoomName } from '@jm/shared'
import { forgetBoardLocally } from './forgetBoardLocally.ts'
import { type LocalCopy, openRoom, type RoomConnection } from './openRoom.ts'
import { guardUnsavedOnUnload } from './unloadGuard.ts'

/**
 * Everything this page holds of one open board: the map's room, opened at once, and the rooms
 * features open beside it (the canvas, the facilitator's control room, a participant's ballot and
 * private notes), each with its copy on this device and its sync state. One guard asks before the
 * page closes while any of them holds a change stored nowhere yet; one `forget()` drops them all.
 */
export class BoardSession {
  readonly content: RoomConnection
  readonly #rooms = new Set<RoomConnection>()
  readonly #unguard: () => void

  constructor(
    readonly boardId: string,
    readonly token: string,
    readonly actorId: string,
  ) {
    this.content = this.#open(boardId, 'board', true)
    this.#unguard = guardUnsavedOnUnload(() => this.hasUnstoredChanges())
  }

  /** The freeform canvas: a Y.Doc of its own, so a large drawing never slows the map's sync. */
  openCanvas(): RoomConnection {
    return this.#open(canvasRoomName(this.boardId), 'board')
  }

  /** Rounds, timer and locks: written by the facilitator, only meaningful live, kept on no device. */
  openControl(): RoomConnection {
    return this.#open(controlRoomName(this.boardId), 'none')
  }

  /** A participant's votes, kept on this device so a vote cast offline is merged later. */
  openBallot(participant: string): RoomConnection {
    return this.#open(ballotRoomName(this.boardId, participant), 'room')
  }

  /** A participant's notes during private brainstorming, kept on this device like the ballot. */
  openPrivate(participant: string): RoomConnection {
    return this.#open(privateRoomName(this.boardId, participant), 'room')
  }

  /** Closes a room a feature no longer shows (its copy on this device stays). */
  close(room: RoomConnection): void {
    if (this.#rooms.delete(room)) room.destroy()
  }

  hasUnstoredChanges(): boolean {
    return [...this.#rooms].some((room) => room.hasUnstoredChanges())
  }

  /** Takes every room off the relay, e.g. while this page deletes the board. */
  disconnect(): void {
    for (const room of this.#rooms) room.provider.disconnect()
  }

  reconnect(): void {
    for (const room of this.#rooms) room.provider.connect()
  }

  /** Closes every room; what they hold stays on this device. */
  destroy(): void {
    this.#unguard()
    for (const room of this.#rooms) room.destroy()
    this.#rooms.clear()
  }

  /**
   * Closes every room and removes everything this browser keeps of the board (see
   * forgetBoardLocally), once it is gone from the server or the person chose to drop their copy.
   */
  async forget(): Promise<void> {
    this.destroy()
    await forgetBoardLocally(this.boardId)
  }

  #open(room: string, localCopy: LocalCopy, stateOverHttp = false): RoomConnection {
    const connection = openRoom(room, this.token, this.actorId, { localCopy, stateOverHttp })
    this.#rooms.add(connection)
    return connection
  }
}
