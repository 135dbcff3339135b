import {
  type BoardView,
  emotionByStage,
  laneLabel,
  MAP_TYPE_LABELS,
  type Note,
  notesInCell,
} from '@jm/shared'
import { commentCounts, type NoteVotes, REPORT_LABELS } from '@jm/shared/io'
import { html, raw } from 'hono/html'
import { BOARD_CSS, LANE_WIDTH_PX, STAGE_WIDTH_PX } from './boardCss.ts'
import { emotionCurveHtml } from './emotionCurveHtml.ts'
import type { Picture } from './notePictures.ts'
import { stageHeadHtml } from './stageHeadHtml.ts'

/** Fonts with the right glyph forms for each board language (Noto CJK from Debian's fonts-noto-cjk). */
const FONT_STACK = {
  'zh-CN': '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", sans-serif',
  'zh-TW': '"Noto Sans CJK TC", "Noto Sans TC", "PingFang TC", sans-serif',
  en: '"Inter", "Noto Sans", "Noto Sans CJK SC", "DejaVu Sans", sans-serif',
} as const

/**
 * A static HTML page of the board as it looks in the app: each map a table of stages (columns) by
 * lanes (rows) with its sticky notes, under each stage's owner, handoff and KPIs, and with the
 * emotion curve when notes are scored, for Chromium to photograph or print. All text is escaped by
 * hono's `html` template; the page has no script and no external resource (pictures are data: URLs).
 */
export async function boardHtml(
  board: BoardView,
  votes: NoteVotes,
  exportedAt: Date,
  pictures: ReadonlyMap<string, readonly Picture[]>,
): Promise<string> {
  const locale = board.meta.locale
  const comments = commentCounts(board)
  const tally = (note: Note) => ({
    votes: votes.get(note.id) ?? 0,
    comments: comments.get(note.id) ?? 0,
    pictures: pictures.get(note.id) ?? [],
  })
  const maps = board.maps.map((map) => {
    const stages = board.stages.filter((stage) => stage.mapId === map.id)
    const lanes = board.lanes.filter((lane) => lane.mapId === map.id)
    const width = LANE_WIDTH_PX + stages.length * STAGE_WIDTH_PX
    const persona = board.personas.find((item) => item.id === map.personaId)?.name ?? map.persona
    const emotion = emotionByStage(stages, lanes, board.notes)
    const scores = stages.map((stage) => emotion.get(stage.id) ?? null)
    return html`<section class="map">
      <h2>
        ${map.title ? html`<span>${map.title}</span>` : ''}
        <span class="chip">${MAP_TYPE_LABELS[locale][map.type]}</span>
        ${persona ? html`<span class="chip persona">${persona}</span>` : ''}
        ${map.segment ? html`<span class="chip segment">${map.segment}</span>` : ''}
      </h2>
      <table class="grid" style="width:${width}px">
        <colgroup><col style="width:${LANE_WIDTH_PX}px" />${stages.map(() => html`<col style="width:${STAGE_WIDTH_PX}px" />`)}</colgroup>
        <thead>
          <tr>
            <th class="corner"></th>
            ${stages.map((stage, i) => stageHeadHtml(stage, i, locale))}
          </tr>
        </thead>
        <tbody>
          ${
            scores.some((score) => score !== null)
              ? html`<tr class="emotion-row">
                  <th class="lane">${REPORT_LABELS[locale].emotionCurve}</th>
                  <td class="curve-cell" colspan="${stages.length}">${emotionCurveHtml(scores)}</td>
                </tr>`
              : ''
          }
          ${lanes.map(
            (lane) => html`<tr>
              <th class="lane lane-${lane.kind}">${laneLabel(lane, locale)}</th>
              ${stages.map(
                (stage) =>
                  html`<td class="cell">${notesInCell(board.notes, stage.id, lane.id).map((note) => noteHtml(note, tally(note)))}</td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`
  })
  const page = html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <title>${board.meta.title}</title>
        <style>
          ${raw(BOARD_CSS)} body { font-family: ${raw(FONT_STACK[locale])}; }
        </style>
      </head>
      <body>
        <div id="capture">
          <header class="doc-head">
            <h1>${board.meta.title}</h1>
            <span class="muted">${exportedAt.toISOString().slice(0, 10)}</span>
          </header>
          ${maps}
        </div>
      </body>
    </html>`
  return (await page).toString()
}

function noteHtml(
  note: Note,
  { votes, comments, pictures }: { votes: number; comments: number; pictures: readonly Picture[] },
) {
  const meta = [
    ...note.tags.map((tag) => html`<span class="tag">#${tag}</span>`),
    note.emotion === null
      ? ''
      : html`<span class="emotion emotion-${Math.sign(note.emotion) + 1}"
          >${note.emotion > 0 ? '+' : ''}${note.emotion}</span
        >`,
    votes > 0 ? html`<span class="votes">● ${votes}</span>` : '',
    comments > 0 ? html`<span class="comments">${comments}</span>` : '',
  ]
  const hasMeta = note.tags.length > 0 || note.emotion !== null || votes > 0 || comments > 0
  return html`<div class="note note-${note.color}">
    <p class="note-text">${note.text}</p>
    ${pictures.length > 0 ? html`<div class="note-pictures">${pictures.map((picture) => html`<img src="${picture.src}" alt="${picture.name}" />`)}</div>` : ''}
    ${hasMeta ? html`<div class="note-meta">${meta}</div>` : ''}
    ${note.author ? html`<div class="note-author">${note.author}</div>` : ''}
  </div>`
}
