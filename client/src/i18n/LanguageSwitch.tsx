import { type Locale, SUPPORTED_LOCALES } from '@jm/shared'
import { For } from 'solid-js'
import { APP_MESSAGES } from './dictionaries.ts'
import { locale, setLocale, t } from './i18n.ts'

const NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' }

export function LanguageSwitch() {
  return (
    <select
      class="language language-switch"
      aria-label={t(APP_MESSAGES).language}
      data-testid="language"
      value={locale()}
      onChange={(event) => setLocale(event.currentTarget.value as Locale)}
    >
      <For each={SUPPORTED_LOCALES}>{(code) => <option value={code}>{NAMES[code]}</option>}</For>
    </select>
  )
}
