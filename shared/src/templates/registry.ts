import { seed002Lifecycle } from './seed002Lifecycle.ts'
import type { BoardTemplate } from './types.ts'

export const TEMPLATES: readonly BoardTemplate[] = [seed002Lifecycle]
export const DEFAULT_TEMPLATE_ID = seed002Lifecycle.id

export function findTemplate(id: string | undefined): BoardTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id)
}
