import { type Locale, SUPPORTED_LOCALES } from '@jm/shared'
import { For } from 'solid-js'
import { APP_MESSAGES } from './i18n/appMessages.ts'
import { useI18n } from './i18n/I18nProvider.tsx'

const NAMES: Record<Locale, string> = { 'zh-CN': '简体中文', 'zh-TW': '繁體中文', en: 'English' }

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n()
  return (
    <select
      class="language"
      aria-label={t(APP_MESSAGES).language}
      data-testid="language"
      value={locale()}
      onChange={(event) => setLocale(event.currentTarget.value as Locale)}
    >
      <For each={SUPPORTED_LOCALES}>{(code) => <option value={code}>{NAMES[code]}</option>}</For>
    </select>
  )
}
