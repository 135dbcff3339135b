import { lazy } from 'solid-js'

const chunk = () => import('./workspaceChunk.ts')
export const WorkspacePage = lazy(() => chunk().then((m) => ({ default: m.WorkspacePage })))
export const LandingWorkspaces = lazy(() => chunk().then((m) => ({ default: m.LandingWorkspaces })))
