/** Someone who joined a board of the workspace, under the name they gave. */
export interface PersonRecord {
  name: string
  /** When they last joined one of its boards (ms). */
  lastSeen: number
}

/** The people of each workspace, kept as they join its boards, so owners and mentions name real people. */
export interface PeopleStore {
  /** Records that `name` joined at `at`; one person per name, whatever its case. */
  touchPerson(workspace: string, name: string, at: number): Promise<void>
  /** Most recently seen first. */
  listPeople(workspace: string): Promise<PersonRecord[]>
}

/** Names are told apart without regard to case or surrounding spaces ("Mei" and "mei " are one). */
export const personKey = (name: string): string => name.trim().toLowerCase()
