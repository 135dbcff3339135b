/**
 * The templates' ids, in the landing page's order, without their content: what the API's request
 * schema needs, so a client validating requests does not carry every template's texts. The
 * registry's test checks that it lists the same templates.
 */
export const TEMPLATE_IDS = [
  'seed002-lifecycle',
  'seed000-traditional',
  'seed000-tactical',
  'seed003-saas',
  'seed004-buying',
] as const
