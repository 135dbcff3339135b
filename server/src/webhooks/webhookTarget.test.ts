import { describe, expect, it } from 'vitest'
import { refuseTarget } from './webhookTarget.ts'

describe('refuseTarget', () => {
  it('refuses private, loopback and link-local receivers, plain http and credentials', async () => {
    const refused = [
      'https://127.0.0.1/hook',
      'https://10.1.2.3/hook',
      'https://172.20.0.1/hook',
      'https://192.168.1.10/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://localhost/hook',
      'https://0.0.0.0/hook',
      'http://93.184.215.14/hook',
      'https://user:pw@93.184.215.14/hook',
      'ftp://93.184.215.14/hook',
    ]
    for (const url of refused) expect(await refuseTarget(url, false), url).not.toBeNull()
  })

  it('accepts a public https address, and private ones only when the operator allows them', async () => {
    expect(await refuseTarget('https://93.184.215.14/hook', false)).toBeNull()
    expect(await refuseTarget('http://127.0.0.1:8080/hook', true)).toBeNull()
    expect(await refuseTarget('file:///etc/passwd', true)).not.toBeNull()
  })
})
