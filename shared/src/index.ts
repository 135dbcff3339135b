export {
  BALLOT_ROOT,
  castVote,
  compareVotes,
  type LateNotice,
  readLateNotice,
  readVotes,
  retractVote,
  setLateNotice,
  type Vote,
} from './facilitation/ballot.ts'
export {
  ballotRoomName,
  CONTROL_ROOT,
  controlRoomName,
  privateRoomName,
  resultsOf,
  roundsOf,
  SessionKeys,
  sessionOf,
} from './facilitation/controlDoc.ts'
export { eligibleLaneIds, eligibleNoteIds } from './facilitation/eligibility.ts'
export {
  addPrivateNote,
  publishPrivateNotes,
  readPrivateNotes,
  removePrivateNotes,
} from './facilitation/privateNotes.ts'
export { promoteToOpportunities } from './facilitation/promote.ts'
export { readRoundResult, writeRoundResult } from './facilitation/results.ts'
export {
  BUDGET_MAX,
  BUDGET_MIN,
  isRoundOpen,
  RESULTS_MODES,
  type ResultsMode,
  type Round,
  type RoundStatus,
  readRound,
  readRounds,
  resultsVisible,
} from './facilitation/round.ts'
export {
  endRound,
  extendRound,
  ROUND_DURATION_MAX_MS,
  revealRound,
  type StartRoundArgs,
  startRound,
} from './facilitation/roundOps.ts'
export {
  type Locks,
  mayAddNoteIn,
  type PrivateMode,
  readCurrentRoundId,
  readLead,
  readLocks,
  readPrivateMode,
  readSummon,
  revealPrivateNotes,
  type StagePointer,
  setLead,
  setLocks,
  setPrivateMode,
  summonTo,
} from './facilitation/session.ts'
export {
  type AcceptedBallot,
  type CountedBallot,
  countBallot,
  type DropReason,
  type RankedNote,
  type RoundResult,
  rankNotes,
  tallyBallots,
} from './facilitation/tally.ts'
export {
  addTime,
  DEFAULT_TIMER_MS,
  pauseTimer,
  readTimer,
  resetTimer,
  startTimer,
  TIMER_MAX_MS,
  type TimerState,
  timerRemainingMs,
} from './facilitation/timer.ts'
export { newId } from './ids.ts'
export { type InitBoardArgs, initBoard } from './ops/initBoard.ts'
export {
  type AddNoteArgs,
  addNote,
  deleteNote,
  type EditNoteTextArgs,
  editNoteText,
  MAX_NOTE_TEXT,
  type MoveNoteArgs,
  moveNote,
  type SetNoteFieldsArgs,
  setNoteFields,
} from './ops/noteOps.ts'
export { OpError } from './ops/OpError.ts'
export { isTransactionOrigin, LocalOrigin, ServerOrigin, type TransactionOrigin } from './ops/origin.ts'
export { compareOrdered, type Ordered, orderKeyAt, orderKeyBetween, sortOrdered } from './order/orderKey.ts'
export { type CloseCode, CloseCodes } from './protocol/closeCodes.ts'
export { MessageType, PROTOCOL_VERSION } from './protocol/messages.ts'
export { canEditContent, isRole, ROLES, type Role } from './roles.ts'
export { type BoardMeta, isLocale, type Locale, readBoardMeta, SUPPORTED_LOCALES } from './schema/board.ts'
export { LANE_KINDS, type Lane, type LaneKind, readLane } from './schema/lane.ts'
export { type JourneyMap, MAP_TYPES, type MapType, readMap } from './schema/map.ts'
export { type MigrationResult, migrate } from './schema/migrate.ts'
export { CURRENT_SCHEMA_VERSION, MIGRATIONS } from './schema/migrations/index.ts'
export {
  EMOTION_MAX,
  EMOTION_MIN,
  NOTE_COLORS,
  type Note,
  type NoteColor,
  noteTextOf,
  readNote,
} from './schema/note.ts'
export { type BoardView, notesInCell, readBoard } from './schema/readBoard.ts'
export { entityIn, entriesOf, lanesOf, mapsOf, metaOf, notesOf, ROOT, stagesOf } from './schema/root.ts'
export { readStage, type Stage } from './schema/stage.ts'
export { DEFAULT_TEMPLATE_ID, findTemplate, TEMPLATES } from './templates/registry.ts'
export type { BoardTemplate, Localized, StageTemplate } from './templates/types.ts'
