import { describe, expect, it } from 'vitest'
import { arfMessage, dsnMessage } from '../../../../tests/helpers/report-messages'
import { parseBounceReport } from './parse-bounce-report'

const verp = 'bounces+12-abcdefghij@bounce.example.org'

describe('parseBounceReport', () => {
  it('reads a hard bounce from a delivery-status notification', async () => {
    const report = await parseBounceReport(dsnMessage({ to: verp, recipient: 'Nobody@Example.net', originalMessageId: '<m-1@example.org>', quoteReturnPath: true }))
    expect(report).toMatchObject({ kind: 'hard', status: '5.1.1', recipient: 'Nobody@Example.net', returnPath: verp, originalMessageId: '<m-1@example.org>' })
    expect(report?.diagnostic).toMatch(/^smtp; 550 5\.1\.1 .*User unknown in virtual mailbox table$/)
  })
  it('reads a delay and a transient failure as soft, and a success report as nothing', async () => {
    expect(await parseBounceReport(dsnMessage({ to: verp, recipient: 'a@example.net', action: 'delayed', status: '4.4.1' }))).toMatchObject({ kind: 'soft', status: '4.4.1' })
    expect(await parseBounceReport(dsnMessage({ to: verp, recipient: 'a@example.net', action: 'failed', status: '4.2.2' }))).toMatchObject({ kind: 'soft', status: '4.2.2' })
    expect(await parseBounceReport(dsnMessage({ to: verp, recipient: 'a@example.net', action: 'delivered', status: '2.0.0' }))).toBeUndefined()
  })
  it('reads an abuse report (ARF) as a complaint, with the original recipient and return path', async () => {
    const report = await parseBounceReport(arfMessage({ to: 'bounces@bounce.example.org', recipient: 'user@example.com', mailFrom: verp, originalMessageId: '<m-2@example.org>' }))
    expect(report).toEqual({ kind: 'complaint', status: 'abuse', recipient: 'user@example.com', returnPath: verp, originalMessageId: '<m-2@example.org>' })
  })
  it('ignores feedback that is not a complaint, and mail that is no report', async () => {
    expect(await parseBounceReport(arfMessage({ to: verp, recipient: 'user@example.com', feedbackType: 'not-spam' }))).toBeUndefined()
    expect(await parseBounceReport('From: a@example.net\r\nTo: b@example.org\r\nSubject: Out of office\r\n\r\nI am away.\r\n')).toBeUndefined()
  })
})
