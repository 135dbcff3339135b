/** Reads one sample from Prometheus text, e.g. `jm_rejections_total{reason="malformed"}`; 0 if absent. */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels)
    .map(([key, value]) => `${key}="${value}"`)
    .sort()
  let total = 0
  let found = false
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue
    const match = /^([a-zA-Z_:][\w:]*)(?:\{([^}]*)\})? (\S+)$/.exec(line)
    if (!match || match[1] !== name) continue
    const have = (match[2] ?? '').split(',').filter(Boolean)
    if (!wanted.every((label) => have.includes(label))) continue
    total += Number(match[3])
    found = true
  }
  return found ? total : 0
}

export async function scrape(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/metrics`)
  if (!response.ok) throw new Error(`/metrics answered ${response.status}`)
  return response.text()
}
