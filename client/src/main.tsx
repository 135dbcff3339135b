import './startEarly.ts'
import { render } from 'solid-js/web'
import { App } from './app/App.tsx'
import { startI18n } from './i18n/i18n.ts'
import './styles.css'

startI18n()
const root = document.getElementById('root')
if (root) render(() => <App />, root)
