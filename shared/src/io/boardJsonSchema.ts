import * as v from 'valibot'
import { ATTACHMENT_TYPES } from '../attachments/fileType.ts'
import { isAttachmentHash } from '../attachments/hash.ts'
import {
  MAX_ACTION_NOTES,
  MAX_ACTION_OWNER,
  MAX_ACTION_TITLE,
  MAX_FIELD_LENGTH,
  MAX_LINK_URL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_NOTE_TAGS,
  MAX_NOTE_TEXT,
  MAX_TAG_LENGTH,
} from '../limits.ts'
import { parseLinkUrl } from '../links/linkUrl.ts'
import {
  ACTION_SCORE_MAX,
  ACTION_SCORE_MIN,
  ACTION_STATUSES,
  type Action,
  isIsoDate,
} from '../schema/action.ts'
import type { Attachment } from '../schema/attachment.ts'
import { type BoardMeta, SUPPORTED_LOCALES } from '../schema/board.ts'
import { COMMENT_TARGETS, type Comment } from '../schema/comment.ts'
import type { Deliverable } from '../schema/deliverable.ts'
import { EVIDENCE_TARGETS, type Evidence } from '../schema/evidence.ts'
import type { Kpi } from '../schema/kpi.ts'
import { LANE_KINDS, type Lane } from '../schema/lane.ts'
import type { Link } from '../schema/link.ts'
import { type JourneyMap, MAP_TYPES } from '../schema/map.ts'
import { CURRENT_SCHEMA_VERSION } from '../schema/migrations/index.ts'
import { EMOTION_MAX, EMOTION_MIN, NOTE_COLORS, type Note } from '../schema/note.ts'
import { PERSONA_ROLES, type Persona } from '../schema/persona.ts'
import type { Stage } from '../schema/stage.ts'
import type { Tombstone } from '../schema/tombstone.ts'
import { BOARD_JSON_FORMAT, BOARD_JSON_VERSION } from './boardJson.ts'

/*
 * Every entity schema `satisfies Record<keyof Entity, …>`: a field the model adds to an entity must be
 * added here too, or this file stops compiling. That is what keeps the JSON export full fidelity.
 */

const id = v.pipe(v.string(), v.minLength(1, 'an id may not be empty'), v.maxLength(64))
/** Fractional-index keys: base-62 digits, starting with the integer-length letter. */
const order = v.pipe(v.string(), v.regex(/^[A-Za-z][0-9A-Za-z]*$/, 'an order key is letters and digits'))
const time = v.pipe(v.number(), v.finite())
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `at most ${max} characters`))

const MetaSchema = v.strictObject({
  schemaVersion: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.maxValue(
      CURRENT_SCHEMA_VERSION,
      `the board was saved by a newer version of the app (schema above ${CURRENT_SCHEMA_VERSION})`,
    ),
  ),
  title: text(MAX_NAME_LENGTH),
  locale: v.picklist(SUPPORTED_LOCALES),
  templateId: v.string(),
  createdAt: time,
} satisfies Record<keyof BoardMeta, v.GenericSchema>)

/** An optional reference: '' for none. */
const ref = v.pipe(v.string(), v.maxLength(64))
const optionalNumber = v.nullable(v.pipe(v.number(), v.finite()))

const tombstone = {
  deletedAt: v.nullable(time),
  redirectTo: ref,
} satisfies Record<keyof Tombstone, v.GenericSchema>

const MapSchema = v.strictObject({
  id,
  order,
  type: v.picklist(MAP_TYPES),
  title: text(MAX_NAME_LENGTH),
  personaId: ref,
  segment: text(MAX_FIELD_LENGTH),
  persona: text(MAX_NAME_LENGTH),
  // Exports from before the circular view have none: the first stage.
  loopRestartStageId: v.optional(ref, ''),
  // Exports from before sub-journeys detail no stage.
  parentMapId: v.optional(ref, ''),
  parentStageId: v.optional(ref, ''),
} satisfies Record<keyof JourneyMap, v.GenericSchema>)

const KpiSchema = v.strictObject({
  id,
  order,
  name: text(MAX_NAME_LENGTH),
  target: optionalNumber,
  actual: optionalNumber,
  unit: text(MAX_NAME_LENGTH),
} satisfies Record<keyof Kpi, v.GenericSchema>)

const DeliverableSchema = v.strictObject({
  id,
  order,
  text: text(MAX_FIELD_LENGTH),
  // Exports from before the checklist have no `done`.
  done: v.optional(v.boolean(), false),
} satisfies Record<keyof Deliverable, v.GenericSchema>)

const StageSchema = v.strictObject({
  id,
  order,
  mapId: id,
  name: text(MAX_NAME_LENGTH),
  templateKey: v.string(),
  goal: text(MAX_FIELD_LENGTH),
  customerQuestion: text(MAX_FIELD_LENGTH),
  exitCriteria: text(MAX_FIELD_LENGTH),
  ownerDepartment: text(MAX_FIELD_LENGTH),
  handoff: text(MAX_FIELD_LENGTH),
  // Exports from before the day-in-the-life view have none.
  timeOfDay: v.optional(text(MAX_FIELD_LENGTH), ''),
  kpis: v.array(KpiSchema),
  deliverables: v.array(DeliverableSchema),
  ...tombstone,
} satisfies Record<keyof Stage, v.GenericSchema>)

/** Schema 2's blueprint line lane; migration 003 keeps one holding notes as a named custom lane, so does the import. */
const LEGACY_LINE_KIND = 'lineOfVisibility'

const LaneSchema = v.pipe(
  v.strictObject({
    id,
    order,
    mapId: id,
    kind: v.picklist([...LANE_KINDS, LEGACY_LINE_KIND]),
    name: text(MAX_NAME_LENGTH),
    ...tombstone,
  } satisfies Record<keyof Lane, v.GenericSchema>),
  v.transform(
    (lane): Lane =>
      lane.kind === LEGACY_LINE_KIND
        ? { ...lane, kind: 'custom', name: lane.name || 'Line of visibility' }
        : { ...lane, kind: lane.kind },
  ),
)

const NoteSchema = v.strictObject({
  id,
  order,
  stageId: ref,
  laneId: ref,
  text: text(MAX_NOTE_TEXT),
  color: v.picklist(NOTE_COLORS),
  author: text(MAX_NAME_LENGTH),
  tags: v.pipe(v.array(text(MAX_TAG_LENGTH)), v.maxLength(MAX_NOTE_TAGS, `at most ${MAX_NOTE_TAGS} tags`)),
  emotion: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(EMOTION_MIN), v.maxValue(EMOTION_MAX))),
  personaId: ref,
  createdAt: time,
  updatedAt: time,
  linkedNoteId: v.optional(ref),
  sourceId: v.optional(ref),
} satisfies Record<keyof Note, v.GenericSchema>)

const PersonaSchema = v.strictObject({
  id,
  order,
  name: text(MAX_NAME_LENGTH),
  role: v.picklist(PERSONA_ROLES),
  jobTitle: text(MAX_NAME_LENGTH),
  description: text(MAX_FIELD_LENGTH),
} satisfies Record<keyof Persona, v.GenericSchema>)

const CommentSchema = v.strictObject({
  id,
  targetKind: v.picklist(COMMENT_TARGETS),
  targetId: ref,
  parentId: ref,
  author: text(MAX_NAME_LENGTH),
  text: text(MAX_FIELD_LENGTH),
  mentions: v.array(text(MAX_NAME_LENGTH)),
  createdAt: time,
  editedAt: time,
  resolved: v.boolean(),
  resolvedBy: text(MAX_NAME_LENGTH),
  deleted: v.boolean(),
} satisfies Record<keyof Comment, v.GenericSchema>)

const score = v.pipe(v.number(), v.integer(), v.minValue(ACTION_SCORE_MIN), v.maxValue(ACTION_SCORE_MAX))

const ActionSchema = v.strictObject({
  id,
  title: text(MAX_ACTION_TITLE),
  noteIds: v.pipe(v.array(ref), v.maxLength(MAX_ACTION_NOTES, `at most ${MAX_ACTION_NOTES} notes`)),
  owner: text(MAX_ACTION_OWNER),
  due: v.pipe(
    v.string(),
    v.check((due) => due === '' || isIsoDate(due), 'a due date is written YYYY-MM-DD'),
  ),
  status: v.picklist(ACTION_STATUSES),
  impact: score,
  effort: score,
  createdBy: text(MAX_NAME_LENGTH),
  createdAt: time,
  updatedBy: text(MAX_NAME_LENGTH),
  updatedAt: time,
} satisfies Record<keyof Action, v.GenericSchema>)
const evidence = {
  id,
  targetKind: v.picklist(EVIDENCE_TARGETS),
  targetId: ref,
  author: text(MAX_NAME_LENGTH),
  createdAt: time,
} satisfies Record<keyof Evidence, v.GenericSchema>

const LinkSchema = v.strictObject({
  ...evidence,
  url: v.pipe(
    text(MAX_LINK_URL_LENGTH),
    v.check((url) => parseLinkUrl(url) !== null, 'a link must be an http:// or https:// address'),
  ),
  title: text(MAX_NAME_LENGTH),
} satisfies Record<keyof Link, v.GenericSchema>)

/** A reference to a file by hash; the file itself is not in the JSON export. */
const AttachmentSchema = v.strictObject({
  ...evidence,
  hash: v.pipe(v.string(), v.check(isAttachmentHash, 'a hash is 64 lower-case hex digits (SHA-256)')),
  name: text(MAX_NAME_LENGTH),
  type: v.picklist(Object.keys(ATTACHMENT_TYPES) as Array<keyof typeof ATTACHMENT_TYPES>),
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
} satisfies Record<keyof Attachment, v.GenericSchema>)

export const BoardJsonSchema = v.strictObject({
  format: v.literal(BOARD_JSON_FORMAT, `format must be "${BOARD_JSON_FORMAT}"`),
  formatVersion: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(1),
    v.maxValue(BOARD_JSON_VERSION, `this app reads format versions up to ${BOARD_JSON_VERSION}`),
  ),
  exportedAt: v.string(),
  meta: MetaSchema,
  maps: v.pipe(v.array(MapSchema), v.minLength(1, 'a board needs at least one map')),
  stages: v.array(StageSchema),
  lanes: v.array(LaneSchema),
  notes: v.array(NoteSchema),
  unplacedNotes: v.array(NoteSchema),
  personas: v.array(PersonaSchema),
  comments: v.array(CommentSchema),
  // Exports made before actions existed have none.
  actions: v.optional(v.array(ActionSchema), []),
  // Exports from before links and attachments have none.
  links: v.optional(v.array(LinkSchema), []),
  attachments: v.optional(v.array(AttachmentSchema), []),
  // tldraw records: checked here for their shape only; the canvas checks each against its schema
  // when it loads them and skips a bad one.
  canvas: v.optional(
    v.strictObject({
      schema: v.unknown(),
      records: v.array(v.looseObject({ id, typeName: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) })),
    }),
  ),
  // Exports without the files' bytes (the browser's own copy, older exports) have none.
  files: v.optional(
    v.array(
      v.strictObject({
        hash: v.pipe(v.string(), v.check(isAttachmentHash, 'a hash is 64 lower-case hex digits (SHA-256)')),
        data: v.pipe(v.string(), v.base64('the file is not base64')),
      }),
    ),
    [],
  ),
})
