import { prefetchBoardState } from './sync/boardState.ts'

// Imported first by main.tsx, so this runs before the rest of the app's modules are evaluated.
prefetchBoardState()
