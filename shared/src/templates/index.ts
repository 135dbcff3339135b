/**
 * The board templates and boards made from them: a second entry point, `@jm/shared/templates`,
 * rather than the main barrel, because the templates' texts (~8 kB gzip) must stay out of the
 * board's first load in the browser: only the landing page, the workspace pages and the stage panel
 * (all loaded lazily) and the server need them.
 */
export { type InitBoardArgs, initBoard } from '../ops/initBoard.ts'
export {
  DEFAULT_TEMPLATE_ID,
  deliverableSuggestions,
  findStageTemplate,
  findTemplate,
  kpiSuggestions,
  TEMPLATES,
} from './registry.ts'
export { TEMPLATE_IDS } from './templateIds.ts'
