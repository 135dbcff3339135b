export {
  CAPABILITIES,
  type Capability,
  can,
  isRole,
  ROLES,
  type Role,
  rolesThatCan,
} from './access/capabilities.ts'
export {
  ballotRoomName,
  boardOfRoom,
  canvasRoomName,
  contentRoomName,
  controlRoomName,
  isBoardId,
  type ParsedRoom,
  parseRoom,
  privateRoomName,
  type RoomAccess,
  type RoomKind,
  roomAccess,
  tallyRoomName,
} from './access/rooms.ts'
export {
  ATTACHMENT_TYPES,
  type AttachmentType,
  isImageType,
  nameFitsType,
  type Sniffed,
  sniffFileType,
} from './attachments/fileType.ts'
export { isAttachmentHash } from './attachments/hash.ts'
export {
  CANVAS_META,
  CANVAS_RECORDS,
  type CanvasJson,
  exportCanvasJson,
  writeCanvasJson,
} from './canvasDoc.ts'
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
  CONTROL_ROOT,
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
  readLocks,
  readPrivateMode,
  readSummon,
  revealPrivateNotes,
  type StagePointer,
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
export { compareMaps, type StageComparison } from './followup/compareMaps.ts'
export {
  type BoardDiff,
  type CellDigest,
  type ChangeKind,
  diffBoards,
  digestByCell,
  type EntityChange,
} from './followup/diffBoards.ts'
export { type Funnel, type FunnelStep, funnelOf } from './followup/funnel.ts'
export { restoreDoc } from './followup/restoreDoc.ts'
export { type StartFutureStateArgs, startFutureState } from './followup/startFutureState.ts'
export type { Dictionary } from './i18n/dictionary.ts'
export {
  ACTION_STATUS_LABELS,
  LANE_KIND_LABELS,
  laneLabel,
  MAP_TYPE_LABELS,
  PERSONA_ROLE_LABELS,
} from './i18n/labels.ts'
export { newId } from './ids.ts'
export {
  MAX_PASTED_NOTES,
  type NoteContent,
  noteContentOf,
  notesFromCopiedJson,
  notesFromPastedText,
} from './io/pastedNotes.ts'
export {
  MAX_ACTION_NOTES,
  MAX_ACTION_OWNER,
  MAX_ACTION_TITLE,
  MAX_ATTACHMENTS_PER_TARGET,
  MAX_FIELD_LENGTH,
  MAX_LINK_URL_LENGTH,
  MAX_LINKS_PER_TARGET,
  MAX_NAME_LENGTH,
  MAX_NOTE_TAGS,
  MAX_NOTE_TEXT,
  MAX_PARTICIPANT_NAME,
  MAX_TAG_LENGTH,
  MAX_VERSION_NAME,
} from './limits.ts'
export { linkHost, parseLinkUrl } from './links/linkUrl.ts'
export { splitTextLinks, type TextPart } from './links/textLinks.ts'
export type { ActionFieldChange } from './ops/actionFields.ts'
export { type AddActionArgs, addAction } from './ops/addAction.ts'
export { type AddAttachmentArgs, addAttachment } from './ops/addAttachment.ts'
export { type AddCommentArgs, addComment } from './ops/addComment.ts'
export { type AddLaneArgs, addLane } from './ops/addLane.ts'
export { type AddLinkArgs, addLink } from './ops/addLink.ts'
export { type AddMapArgs, addMap } from './ops/addMap.ts'
export { type AddNoteArgs, addNote } from './ops/addNote.ts'
export { type AddPersonaArgs, addPersona } from './ops/addPersona.ts'
export { type AddStageArgs, addStage } from './ops/addStage.ts'
export { type AddStageDeliverableArgs, addStageDeliverable } from './ops/addStageDeliverable.ts'
export { type AddStageKpiArgs, addStageKpi } from './ops/addStageKpi.ts'
export { deleteAction } from './ops/deleteAction.ts'
export { deleteComment } from './ops/deleteComment.ts'
export { type DeleteLaneArgs, deleteLane } from './ops/deleteLane.ts'
export { type DeleteMapArgs, deleteMap } from './ops/deleteMap.ts'
export { deleteNote } from './ops/deleteNote.ts'
export { deletePersona } from './ops/deletePersona.ts'
export { type DeleteStageArgs, deleteStage } from './ops/deleteStage.ts'
export { type DuplicateMapArgs, duplicateMap } from './ops/duplicateMap.ts'
export { type EditCommentArgs, editComment } from './ops/editComment.ts'
export { type EditNoteTextArgs, editNoteText } from './ops/editNoteText.ts'
export { type MoveLaneArgs, moveLane } from './ops/moveLane.ts'
export { type MoveMapArgs, moveMap } from './ops/moveMap.ts'
export { type MoveNoteArgs, moveNote } from './ops/moveNote.ts'
export { type MoveStageArgs, moveStage } from './ops/moveStage.ts'
export { prepareNoteCellIndex } from './ops/noteCellIndex.ts'
export { OpError, type OpErrorCode } from './ops/OpError.ts'
export { isTransactionOrigin, LocalOrigin, ServerOrigin, type TransactionOrigin } from './ops/origin.ts'
export { removeAttachment } from './ops/removeAttachment.ts'
export { removeLink } from './ops/removeLink.ts'
export { removeStageDeliverable } from './ops/removeStageDeliverable.ts'
export { removeStageKpi } from './ops/removeStageKpi.ts'
export { renameLane } from './ops/renameLane.ts'
export { renameStage } from './ops/renameStage.ts'
export { type ResolveCommentArgs, resolveComment } from './ops/resolveComment.ts'
export { restoreLane } from './ops/restoreLane.ts'
export { restoreNotePlacement } from './ops/restoreNotePlacement.ts'
export { restoreStage } from './ops/restoreStage.ts'
export { type SetActionFieldsArgs, setActionFields } from './ops/setActionFields.ts'
export { setBoardTitle } from './ops/setBoardTitle.ts'
export { type SetMapFieldsArgs, setMapFields } from './ops/setMapFields.ts'
export { type SetNoteFieldsArgs, setNoteFields } from './ops/setNoteFields.ts'
export { type SetPersonaFieldsArgs, setPersonaFields } from './ops/setPersonaFields.ts'
export { type SetStageDeliverableArgs, setStageDeliverable } from './ops/setStageDeliverable.ts'
export { type SetStageDeliverableDoneArgs, setStageDeliverableDone } from './ops/setStageDeliverableDone.ts'
export { type SetStageFieldsArgs, setStageFields } from './ops/setStageFields.ts'
export { type SetStageKpiArgs, setStageKpi } from './ops/setStageKpi.ts'
export { compareOrdered, type Ordered, orderKeyAt, orderKeyBetween, sortOrdered } from './order/orderKey.ts'
export { type CloseCode, CloseCodes } from './protocol/closeCodes.ts'
export { AuthSubtype, type AwarenessChange, MessageType, PROTOCOL_VERSION } from './protocol/messages.ts'
export {
  parseRefusedChanges,
  REFUSAL_CAUSES,
  type RefusalCause,
  type RefusedChanges,
  type RefusedKind,
} from './protocol/refusedChanges.ts'
export {
  ACTION_SCORE_MAX,
  ACTION_SCORE_MIN,
  ACTION_STATUSES,
  type Action,
  type ActionStatus,
  compareActions,
  isIsoDate,
  isOverdue,
  readAction,
} from './schema/action.ts'
export { type Attachment, readAttachment, readAttachments } from './schema/attachment.ts'
export {
  type BoardMeta,
  isLocale,
  type Locale,
  readBoardMeta,
  SUPPORTED_LOCALES,
} from './schema/board.ts'
export {
  COMMENT_TARGETS,
  type Comment,
  type CommentTarget,
  type CommentThread,
  mentionsIn,
  readComment,
  threadsOf,
} from './schema/comment.ts'
export { type Deliverable, readDeliverable } from './schema/deliverable.ts'
export { EVIDENCE_TARGETS, type Evidence, type EvidenceTarget, evidenceOn } from './schema/evidence.ts'
export { type Kpi, readKpi } from './schema/kpi.ts'
export { LANE_KINDS, type Lane, type LaneKind, readLane } from './schema/lane.ts'
export { type Link, linkLabel, readLink, readLinks } from './schema/link.ts'
export { type JourneyMap, MAP_TYPES, type MapType, readMap } from './schema/map.ts'
export { type MigrationResult, migrate } from './schema/migrate.ts'
export { CURRENT_SCHEMA_VERSION, MIGRATIONS } from './schema/migrations/index.ts'
export {
  EMOTION_MAX,
  EMOTION_MIN,
  NOTE_COLORS,
  type Note,
  type NoteColor,
  type NotePlacement,
  noteTextOf,
  readNote,
  readNotePlacement,
} from './schema/note.ts'
export { PERSONA_ROLES, type Persona, type PersonaRole, readPersona } from './schema/persona.ts'
export { resolveLive } from './schema/placement.ts'
export {
  type BoardStructure,
  type BoardView,
  notesInCell,
  placeNote,
  readActions,
  readBoard,
  readBoardStructure,
  readNotes,
} from './schema/readBoard.ts'
export {
  actionsOf,
  attachmentsOf,
  commentsOf,
  entityIn,
  entriesOf,
  lanesOf,
  linksOf,
  mapsOf,
  metaOf,
  notesOf,
  personasOf,
  ROOT,
  stagesOf,
} from './schema/root.ts'
export { readStage, STAGE_TEXT_FIELDS, type Stage, type StageTextField } from './schema/stage.ts'
export { isLive, type Tombstone } from './schema/tombstone.ts'
export { LANE_PRESETS } from './templates/lanePresets.ts'
export type { BoardTemplate, Localized, StageTemplate } from './templates/types.ts'
export { BoardTallies, type TallyListener } from './views/BoardTallies.ts'
export { emotionByStage } from './views/emotionByStage.ts'
export { type KpiStatus, kpiFigure, kpiStatus } from './views/kpiStatus.ts'
export { type ResponsibilityGap, responsibilityGaps } from './views/responsibilityGaps.ts'
export type { EmotionPoint, StageTally } from './views/StageTally.ts'
export { foldForSearch, noteMatches, searchNotes } from './views/searchNotes.ts'
