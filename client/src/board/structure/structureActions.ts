import {
  type AddMapArgs,
  type AddPersonaArgs,
  addLane,
  addMap,
  addPersona,
  addStage,
  addStageDeliverable,
  addStageKpi,
  deleteLane,
  deleteMap,
  deletePersona,
  deleteStage,
  duplicateMap,
  type LaneKind,
  type LocalOrigin,
  moveLane,
  moveMap,
  moveStage,
  removeStageDeliverable,
  removeStageKpi,
  renameLane,
  type SetMapFieldsArgs,
  type SetPersonaFieldsArgs,
  type SetStageFieldsArgs,
  type SetStageKpiArgs,
  setBoardTitle,
  setMapFields,
  setPersonaFields,
  setStageDeliverable,
  setStageFields,
  setStageKpi,
} from '@jm/shared'
import type * as Y from 'yjs'
import { attempt } from '../attempt.ts'

/** The board's structure operations, bound to this session's origin and refused for viewers. */
export function createStructureActions(deps: {
  doc: Y.Doc
  origin: LocalOrigin
  canEdit: () => boolean
  stopCapturing: () => void
}) {
  const { doc, origin } = deps
  /** One undo step per structural change (typing into a field may still merge into one). */
  const run = <T>(op: () => T): T | null => {
    if (!deps.canEdit()) return null
    deps.stopCapturing()
    return attempt(op)
  }
  return {
    addStage: (mapId: string, name: string, index?: number) =>
      run(() => addStage(doc, { mapId, name, index }, origin)),
    moveStage: (stageId: string, index: number) => run(() => moveStage(doc, { stageId, index }, origin)),
    deleteStage: (stageId: string, deleteNotes: boolean) =>
      run(() => deleteStage(doc, { stageId, deleteNotes, now: Date.now() }, origin)),
    setStageFields: (args: SetStageFieldsArgs) => run(() => setStageFields(doc, args, origin)),
    addKpi: (stageId: string, name: string) => run(() => addStageKpi(doc, { stageId, name }, origin)),
    setKpi: (args: SetStageKpiArgs) => run(() => setStageKpi(doc, args, origin)),
    removeKpi: (stageId: string, kpiId: string) => run(() => removeStageKpi(doc, { stageId, kpiId }, origin)),
    addDeliverable: (stageId: string, text: string) =>
      run(() => addStageDeliverable(doc, { stageId, text }, origin)),
    setDeliverable: (stageId: string, deliverableId: string, text: string) =>
      run(() => setStageDeliverable(doc, { stageId, deliverableId, text }, origin)),
    removeDeliverable: (stageId: string, deliverableId: string) =>
      run(() => removeStageDeliverable(doc, { stageId, deliverableId }, origin)),
    addLane: (mapId: string, kind: LaneKind, index?: number) =>
      run(() => addLane(doc, { mapId, kind, index }, origin)),
    /** Adds lanes of these kinds at the end, as one undo step. */
    addLanes: (mapId: string, kinds: readonly LaneKind[]) =>
      run(() => doc.transact(() => kinds.map((kind) => addLane(doc, { mapId, kind }, origin)), origin)),
    renameLane: (laneId: string, name: string) => run(() => renameLane(doc, { laneId, name }, origin)),
    moveLane: (laneId: string, index: number) => run(() => moveLane(doc, { laneId, index }, origin)),
    deleteLane: (laneId: string, deleteNotes: boolean) =>
      run(() => deleteLane(doc, { laneId, deleteNotes, now: Date.now() }, origin)),
    setMapFields: (args: SetMapFieldsArgs) => run(() => setMapFields(doc, args, origin)),
    addMap: (args: AddMapArgs) => run(() => addMap(doc, args, origin)),
    duplicateMap: (mapId: string, title: string) =>
      run(() => duplicateMap(doc, { mapId, title, now: Date.now() }, origin)),
    moveMap: (mapId: string, index: number) => run(() => moveMap(doc, { mapId, index }, origin)),
    /** Removes the map with its stages, lanes and notes as one undo step. */
    deleteMap: (mapId: string) => run(() => deleteMap(doc, { mapId }, origin)),
    setBoardTitle: (title: string) => run(() => setBoardTitle(doc, { title }, origin)),
    setPersonaFields: (args: SetPersonaFieldsArgs) => run(() => setPersonaFields(doc, args, origin)),
    /** Removes a persona; maps and notes that named it read as having none (see deletePersona). */
    removePersona: (personaId: string) => run(() => deletePersona(doc, { personaId }, origin)),
    /** Adds a persona and makes it the map's, as one undo step; returns the persona's id. */
    addMapPersona: (mapId: string, persona: AddPersonaArgs) =>
      run(() =>
        doc.transact(() => {
          const personaId = addPersona(doc, persona, origin)
          setMapFields(doc, { mapId, personaId }, origin)
          return personaId
        }, origin),
      ),
  }
}

export type StructureActions = ReturnType<typeof createStructureActions>
