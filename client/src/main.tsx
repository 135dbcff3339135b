import './startEarly.ts'
import { render } from 'solid-js/web'
import { App } from './App.tsx'
import { I18nProvider } from './i18n/I18nProvider.tsx'
import './styles.css'

const root = document.getElementById('root')
if (root)
  render(
    () => (
      <I18nProvider>
        <App />
      </I18nProvider>
    ),
    root,
  )
