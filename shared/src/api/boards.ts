import * as v from 'valibot'
import { isBoardId } from '../access/rooms.ts'
import { MAX_FIELD_LENGTH, MAX_NAME_LENGTH, MAX_PARTICIPANT_NAME } from '../limits.ts'
import { SUPPORTED_LOCALES } from '../schema/board.ts'
import { MAP_TYPES } from '../schema/map.ts'
import { PERSONA_ROLES } from '../schema/persona.ts'
import { TEMPLATE_IDS } from '../templates/templateIds.ts'
import { RoleSchema, StringPerRole } from './roles.ts'

/** `POST /api/boards`: every field may be left out (an untitled English board of the default template). */
export const CreateBoardBody = v.object({
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH))),
  template: v.optional(v.picklist(TEMPLATE_IDS as readonly string[])),
  mapType: v.optional(v.picklist(MAP_TYPES)),
  locale: v.optional(v.picklist(SUPPORTED_LOCALES)),
  persona: v.optional(
    v.object({
      name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_NAME_LENGTH)),
      role: v.optional(v.picklist(PERSONA_ROLES)),
      jobTitle: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_NAME_LENGTH))),
    }),
  ),
  segment: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_FIELD_LENGTH))),
  /** Chosen by the caller (scripts, tests); a new one otherwise. 409 when taken. */
  id: v.optional(
    v.pipe(
      v.string(),
      v.check(isBoardId, 'id must be 1-64 of a-z, 0-9, _ and -, starting with a letter or digit'),
    ),
  ),
})
export type CreateBoardBody = v.InferOutput<typeof CreateBoardBody>

/**
 * 201 to `POST /api/boards` and `POST /api/boards/import`: the new board, with a token and a share
 * link (`/b/<id>#token=…`) per role.
 */
export const CreatedBoard = v.object({
  id: v.string(),
  title: v.string(),
  tokens: StringPerRole,
  links: StringPerRole,
})
export type CreatedBoard = v.InferOutput<typeof CreatedBoard>

/** `GET /api/boards/:id` (any role): what the page a share link opens says before one joins. */
export const BoardSummary = v.object({
  id: v.string(),
  title: v.string(),
  locale: v.picklist(SUPPORTED_LOCALES),
  role: RoleSchema,
})
export type BoardSummary = v.InferOutput<typeof BoardSummary>

/** `POST /api/boards/:id/join` with a link token: who joins with it. */
export const JoinBody = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_PARTICIPANT_NAME)),
})
export type JoinBody = v.InferOutput<typeof JoinBody>

/** The answer to joining: a participant token, for the relay and the API, naming who joined. */
export const Joined = v.object({
  token: v.string(),
  participant: v.string(),
  role: RoleSchema,
  name: v.string(),
})
export type Joined = v.InferOutput<typeof Joined>
