import { lazy, Match, Suspense, Switch } from 'solid-js'
import type { Viewport } from '../../primitives/createViewport.ts'
import { useBoard } from '../BoardContext.tsx'
import { Grid } from '../Grid.tsx'
import { blueprintDividers } from './blueprintLines.tsx'
import { LoopRow } from './LoopRow.tsx'
import { TimeAxisRow } from './TimeAxisRow.tsx'
import './views.css'

// Its own chunk: most maps are grids, and the board's first load stays lean.
const EmpathyView = lazy(() =>
  import('./EmpathyView.tsx').then((module) => ({ default: module.EmpathyView })),
)

/**
 * The active map drawn the way its type means it (seed 001), always over the same stages, lanes and
 * notes, so switching the type never loses a note: the empathy map as quadrants around the persona;
 * every other type on the grid, the blueprint with its lines, the loop with its restart point, the
 * day in the life with its time axis.
 */
export function MapView(props: { viewport: Viewport }) {
  const board = useBoard()
  const type = () => board.board.maps.find((map) => map.id === board.activeMapId())?.type ?? 'currentState'
  return (
    <Switch fallback={<Grid viewport={props.viewport} view={type()} />}>
      <Match when={type() === 'empathy'}>
        <Suspense>
          <EmpathyView viewport={props.viewport} />
        </Suspense>
      </Match>
      <Match when={type() === 'serviceBlueprint'}>
        <Grid viewport={props.viewport} view="serviceBlueprint" dividerAbove={blueprintDividers} />
      </Match>
      <Match when={type() === 'circular'}>
        <Grid viewport={props.viewport} view="circular" headerRow={<LoopRow />} />
      </Match>
      <Match when={type() === 'dayInTheLife'}>
        <Grid viewport={props.viewport} view="dayInTheLife" headerRow={<TimeAxisRow />} />
      </Match>
    </Switch>
  )
}
