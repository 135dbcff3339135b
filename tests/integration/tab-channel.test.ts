import { TabChannel } from '@jm/client/src/sync/TabChannel.ts'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { eventually } from '../helpers/eventually.ts'

/** A tab: a document whose local changes go to the channel, as RelayProvider sends them. */
function openTab(name: string, words: string[] = []) {
  const doc = new Y.Doc()
  for (const word of words) doc.getArray<string>('words').push([word])
  const channel = new TabChannel(name, doc)
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== channel) channel.sendUpdate(update)
  })
  return { doc, channel, words: () => [...doc.getArray<string>('words').toArray()].sort() }
}

describe('tabs of one browser with the same room open (BroadcastChannel, as between tabs)', () => {
  const opened: Array<ReturnType<typeof openTab>> = []
  afterEach(() => {
    for (const tab of opened.splice(0)) tab.channel.leave()
  })

  it('exchange what each lacks when one joins, then every change, without echoing it back', async () => {
    const name = `room-${Math.random()}`
    const first = openTab(name, ['first tab, offline'])
    const second = openTab(name, ['second tab, offline'])
    opened.push(first, second)
    first.channel.join()
    second.channel.join()
    const both = ['first tab, offline', 'second tab, offline']
    await eventually(() => {
      expect(first.words()).toEqual(both)
      expect(second.words()).toEqual(both)
    })
    second.doc.getArray<string>('words').push(['typed later'])
    await eventually(() => expect(first.words()).toEqual([...both, 'typed later'].sort()))
    expect(second.words()).toEqual([...both, 'typed later'].sort())

    const third = openTab(name)
    opened.push(third)
    third.channel.join()
    await eventually(() => expect(third.words()).toEqual([...both, 'typed later'].sort()))
  })

  it('hears nothing once it left', async () => {
    const name = `room-${Math.random()}`
    const staying = openTab(name)
    const leaving = openTab(name)
    opened.push(staying, leaving)
    staying.channel.join()
    leaving.channel.join()
    leaving.channel.leave()
    staying.doc.getArray<string>('words').push(['after leaving'])
    // A tab that joins afterwards still gets it, so the message went out; the one that left did not.
    const later = openTab(name)
    opened.push(later)
    later.channel.join()
    await eventually(() => expect(later.words()).toEqual(['after leaving']))
    expect(leaving.words()).toEqual([])
  })
})
