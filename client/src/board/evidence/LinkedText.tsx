import { linkHost, splitTextLinks } from '@jm/shared'
import { For, Show } from 'solid-js'
import { ExternalLink } from './ExternalLink.tsx'

/** Text with the web addresses in it shown as links by their host; everything else stays plain text. */
export function LinkedText(props: { text: string }) {
  return (
    <For each={splitTextLinks(props.text)}>
      {(part) => (
        <Show when={part.url} fallback={part.text}>
          {(url) => <ExternalLink url={url()} label={linkHost(url())} testId="text-link" />}
        </Show>
      )}
    </For>
  )
}
