/**
 * How long what people write may be: one table, enforced by the operations, checked by the HTTP
 * API and the import, and given to the inputs as `maxLength`, so the three never disagree.
 */

/** Names of stages, lanes, maps, personas, KPIs and the board title. */
export const MAX_NAME_LENGTH = 200
/** Longer free-text fields: goals, questions, exit criteria, handoffs, segment, comments. */
export const MAX_FIELD_LENGTH = 2_000
export const MAX_NOTE_TEXT = 10_000
/** One tag on a note: a short label. */
export const MAX_TAG_LENGTH = 40
export const MAX_NOTE_TAGS = 20
/** The name a participant joins with (shown on cursors and avatars). */
export const MAX_PARTICIPANT_NAME = 80
export const MAX_VERSION_NAME = 120
/** An action's title: one line saying what will be done. */
export const MAX_ACTION_TITLE = 200
/** Who does an action: a person's or a department's name. */
export const MAX_ACTION_OWNER = 80
/** Notes one action addresses: a handful of pain points and opportunities, never a whole lane. */
export const MAX_ACTION_NOTES = 50
/** A link's address: browsers and servers commonly accept up to about 2,000 characters. */
export const MAX_LINK_URL_LENGTH = 2_048
/** Links on one note or stage: evidence, not a bookmark list. */
export const MAX_LINKS_PER_TARGET = 30
/** Files on one note or stage. */
export const MAX_ATTACHMENTS_PER_TARGET = 20
