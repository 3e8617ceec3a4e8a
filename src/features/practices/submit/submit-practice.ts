import { readFile } from 'node:fs/promises'
import type { Payload } from 'payload'
import type { Locale } from '../../../i18n/locales'
import type { Receipt } from '../../../web/forms/receipt'
import { textToRichText } from '../../../web/forms/rich-text-field'
import type { Upload } from '../../../web/forms/validate-uploads'
import { issueReceipt } from '../../workflow/issue-receipt'
import { newPrivateToken } from '../../workflow/private-link'
import { makeSlug } from './make-slug'
import type { Proposal } from './validate-proposal'

export type SubmitDeps = { payload: Payload; publicUrl: string }

/** Thrown when Payload refuses an attachment (its own check of the file's content). */
export class AttachmentRefused extends Error {
  constructor(readonly originalName: string) {
    super(`Attachment refused: ${originalName}`)
  }
}

/** A label for a submitted link: its host and path, shortened. */
function linkLabel(url: string): string {
  const u = new URL(url)
  return `${u.host}${u.pathname === '/' ? '' : u.pathname}`.slice(0, 200)
}

/**
 * Stores a proposal from the public form as a practice in review ("submitted"), written in the
 * submitter's language, with its attachments; gives it a reference and a private link (only the
 * hash is searchable, the token is kept sealed for later notices) and mails the receipt.
 * The form is the permission, so the writes bypass access control; on failure nothing is left.
 */
export async function submitPractice(deps: SubmitDeps, locale: Locale, proposal: Proposal, uploads: readonly Upload[]): Promise<Receipt> {
  const { payload } = deps
  const attachmentIds: number[] = []
  const removeAttachments = () =>
    Promise.allSettled(attachmentIds.map((id) => payload.delete({ collection: 'attachments', id, overrideAccess: true })))
  for (const upload of uploads) {
    try {
      const doc = await payload.create({
        collection: 'attachments',
        data: { title: upload.originalName || upload.filename },
        file: { data: await readFile(upload.path), mimetype: upload.mimeType, name: upload.filename, size: upload.size },
        overrideAccess: true,
      })
      attachmentIds.push(doc.id)
    } catch (error) {
      await removeAttachments()
      payload.logger.warn({ err: error }, 'a proposed attachment was refused')
      throw new AttachmentRefused(upload.originalName)
    }
  }

  const { token, hash } = newPrivateToken()
  const submitter = { name: proposal.submitter.name, email: proposal.submitter.email, locale, tokenHash: hash, tokenSealed: payload.encrypt(token) }
  let id: number
  try {
    const doc = await payload.create({
      collection: 'practices',
      locale,
      data: {
        title: proposal.title,
        summary: proposal.summary,
        slug: makeSlug(proposal.title),
        challenge: textToRichText(proposal.challenge),
        howItWorks: textToRichText(proposal.howItWorks),
        results: textToRichText(proposal.results),
        transferability: textToRichText(proposal.transferability),
        country: proposal.country,
        region: proposal.region || undefined,
        municipality: proposal.municipality || undefined,
        proposedOrganisation: proposal.organisation || undefined,
        themes: proposal.themes,
        targetGroups: proposal.targetGroups,
        actorType: proposal.actorType,
        startDate: proposal.startDate,
        runState: proposal.runState,
        originalLanguage: locale,
        contact: {
          name: proposal.contact.name || undefined,
          role: proposal.contact.role || undefined,
          email: proposal.contact.email || undefined,
          phone: proposal.contact.phone || undefined,
          consent: proposal.contact.consent,
        },
        links: proposal.link ? [{ label: linkLabel(proposal.link), url: proposal.link }] : [],
        attachments: attachmentIds,
        criteriaMet: [],
        workflowStatus: 'submitted',
        submitter,
      },
      overrideAccess: true,
      context: { actor: 'submitter' },
    })
    id = doc.id
  } catch (error) {
    await removeAttachments()
    throw error
  }

  const reference = await issueReceipt({
    payload,
    collection: 'practices',
    id,
    prefix: 'IB',
    locale,
    submitter: { ...submitter, email: proposal.submitter.email },
    title: proposal.title,
  })
  return { reference, email: proposal.submitter.email }
}
