import type { Locale } from '@jm/shared'
import type { NotableChange } from '@jm/shared/workspaces'

type Texts = {
  assigned: (c: NotableChange) => string
  done: (c: NotableChange) => string
  mention: (c: NotableChange) => string
}

const quote = (text: string) => (text.length > 280 ? `${text.slice(0, 279)}…` : text)

const TEXTS: Record<Locale, Texts> = {
  en: {
    assigned: (c) =>
      `Action “${c.text}” assigned to ${c.people.join(', ')}${c.due ? ` (due ${c.due})` : ''} by ${c.by}`,
    done: (c) => `Action “${c.text}” done${c.people.length ? ` (${c.people.join(', ')})` : ''}, by ${c.by}`,
    mention: (c) => `${c.by} mentioned ${c.people.map((p) => `@${p}`).join(' ')}: “${quote(c.text)}”`,
  },
  'zh-CN': {
    assigned: (c) =>
      `行动项“${c.text}”已分配给 ${c.people.join('、')}${c.due ? `（截止 ${c.due}）` : ''}，操作人 ${c.by}`,
    done: (c) =>
      `行动项“${c.text}”已完成${c.people.length ? `（${c.people.join('、')}）` : ''}，操作人 ${c.by}`,
    mention: (c) => `${c.by} 提到了 ${c.people.map((p) => `@${p}`).join(' ')}：“${quote(c.text)}”`,
  },
  'zh-TW': {
    assigned: (c) =>
      `行動項「${c.text}」已指派給 ${c.people.join('、')}${c.due ? `（截止 ${c.due}）` : ''}，操作者 ${c.by}`,
    done: (c) =>
      `行動項「${c.text}」已完成${c.people.length ? `（${c.people.join('、')}）` : ''}，操作者 ${c.by}`,
    mention: (c) => `${c.by} 提到了 ${c.people.map((p) => `@${p}`).join(' ')}：「${quote(c.text)}」`,
  },
}

/** One line for a chat channel, in the workspace's language: "[board] what happened". */
export function changeLine(change: NotableChange, boardTitle: string, locale: Locale): string {
  const texts = TEXTS[locale]
  const line =
    change.type === 'action.assigned'
      ? texts.assigned(change)
      : change.type === 'action.done'
        ? texts.done(change)
        : texts.mention(change)
  return `[${boardTitle}] ${line}`
}
