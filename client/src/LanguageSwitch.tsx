import { type Locale, SUPPORTED_LOCALES } from '@jm/shared'
import { For } from 'solid-js'
import { locale, setLocale, t } from './i18n/locale.ts'

const NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' }

export function LanguageSwitch() {
  return (
    <select
      class="language"
      aria-label={t().language}
      data-testid="language"
      value={locale()}
      onChange={(event) => setLocale(event.currentTarget.value as Locale)}
    >
      <For each={SUPPORTED_LOCALES}>{(code) => <option value={code}>{NAMES[code]}</option>}</For>
    </select>
  )
}
