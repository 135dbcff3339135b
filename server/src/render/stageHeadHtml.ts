import { kpiFigure, kpiStatus, type Locale, type Stage } from '@jm/shared'
import { REPORT_LABELS } from '@jm/shared/io'
import { html } from 'hono/html'

/**
 * A stage's column head as the report needs it: name, goal, the owner department and the handoff
 * to the next owner (seed 002's responsibility per stage), and each KPI with a figure entered, with
 * actual / target; KPIs without figures (a template's suggestions) are only counted, as in the app.
 */
export function stageHeadHtml(stage: Stage, index: number, locale: Locale) {
  const labels = REPORT_LABELS[locale]
  const number = new Intl.NumberFormat(locale).format
  const measured = stage.kpis.filter((kpi) => kpi.target !== null || kpi.actual !== null)
  const unmeasured = stage.kpis.length - measured.length
  return html`<th class="stage">
    <span class="stage-index">${index + 1}</span><span class="stage-name">${stage.name}</span>
    ${stage.goal ? html`<span class="stage-goal">${stage.goal}</span>` : ''}
    ${stage.ownerDepartment ? html`<span class="stage-owner" title="${labels.owner}">${stage.ownerDepartment}</span>` : ''}
    ${stage.handoff ? html`<span class="stage-handoff"><b>${labels.handoff}</b> → ${stage.handoff}</span>` : ''}
    ${
      stage.kpis.length > 0
        ? html`<ul class="stage-kpis">
            ${measured.map(
              (kpi) => html`<li class="kpi kpi-${kpiStatus(kpi)}">
                <span class="kpi-name">${kpi.name}</span> <span class="kpi-figure">${kpiFigure(kpi, number)}</span>
              </li>`,
            )}
            ${unmeasured > 0 ? html`<li class="kpi-more">${measured.length > 0 ? '+' : ''}${unmeasured} ${labels.kpis}</li>` : ''}
          </ul>`
        : ''
    }
  </th>`
}
