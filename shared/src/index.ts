export { LANE_KIND_LABELS, laneLabel, MAP_TYPE_LABELS } from './i18n/labels.ts'
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
