import type { BoardView } from '../schema/readBoard.ts'

/**
 * A board's structure for the next re-map of the same journey (the quarterly re-mapping the articles
 * advise): its maps, stages (with their goals, questions, owners and KPI targets), lanes and
 * personas, without notes, comments, actions, links, attachments, KPI actuals or ticked deliverables.
 * Ids are kept, so a stage
 * or KPI of the new board is the same one as on the previous board and quarters compare by id.
 * Deleted stages and lanes are left behind. @public
 */
export function boardStructure(view: BoardView, title: string, now: number): BoardView {
  return {
    meta: { ...view.meta, title, createdAt: now },
    maps: view.maps,
    stages: view.stages.map((stage) => ({
      ...stage,
      kpis: stage.kpis.map((kpi) => ({ ...kpi, actual: null })),
      deliverables: stage.deliverables.map((deliverable) => ({ ...deliverable, done: false })),
    })),
    lanes: view.lanes,
    notes: [],
    unplacedNotes: [],
    personas: view.personas,
    comments: [],
    actions: [],
    links: [],
    attachments: [],
  }
}
