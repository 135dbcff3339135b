/**
 * The one lazily loaded entry of everything workspace (the page and the landing page's list): two
 * entries sharing modules would make the bundler split shared code out of the board's first-load
 * chunk into chunks of their own (3.5 kB gzip more to load, measured).
 */
export { default as LandingWorkspaces } from './LandingWorkspaces.tsx'
export { default as WorkspacePage } from './WorkspacePage.tsx'
