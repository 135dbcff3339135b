import * as v from 'valibot'
import { MAX_NOTE_TEXT } from '../ops/noteOps.ts'
import { type BoardMeta, SUPPORTED_LOCALES } from '../schema/board.ts'
import { LANE_KINDS, type Lane } from '../schema/lane.ts'
import { type JourneyMap, MAP_TYPES } from '../schema/map.ts'
import { CURRENT_SCHEMA_VERSION } from '../schema/migrations/index.ts'
import { EMOTION_MAX, EMOTION_MIN, NOTE_COLORS, type Note } from '../schema/note.ts'
import type { Stage } from '../schema/stage.ts'
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
  title: text(200),
  locale: v.picklist(SUPPORTED_LOCALES),
  templateId: v.string(),
  createdAt: time,
} satisfies Record<keyof BoardMeta, v.GenericSchema>)

const MapSchema = v.strictObject({
  id,
  order,
  type: v.picklist(MAP_TYPES),
  title: text(200),
  persona: text(200),
} satisfies Record<keyof JourneyMap, v.GenericSchema>)

const StageSchema = v.strictObject({
  id,
  order,
  mapId: id,
  name: text(200),
  templateKey: v.string(),
  goal: text(2000),
} satisfies Record<keyof Stage, v.GenericSchema>)

const LaneSchema = v.strictObject({
  id,
  order,
  mapId: id,
  kind: v.picklist(LANE_KINDS),
  name: text(200),
} satisfies Record<keyof Lane, v.GenericSchema>)

const NoteSchema = v.strictObject({
  id,
  order,
  stageId: id,
  laneId: id,
  text: text(MAX_NOTE_TEXT),
  color: v.picklist(NOTE_COLORS),
  author: text(200),
  tags: v.array(text(100)),
  emotion: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(EMOTION_MIN), v.maxValue(EMOTION_MAX))),
  createdAt: time,
  updatedAt: time,
} satisfies Record<keyof Note, v.GenericSchema>)

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
})
