import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { findBySlug } from '../../../domain/find-by-slug'
import { NotFound, type PageContext } from '../../../web/context'
import { withBotTraps } from '../../../web/forms/bot-checks'
import type { FieldError } from '../../../web/forms/field-error'
import { formContext } from '../../../web/forms/form-context'
import { readForm, registerFormScope, type FormLimits } from '../../../web/forms/form-scope'
import { sendFormPage } from '../../../web/forms/send-form-page'
import { botTrapsOf, guardFields, guardForm } from '../../../web/form-guard'
import { html, type SafeHtml } from '../../../web/html'
import { layout } from '../../../web/layout'
import { shownLanguage, text } from '../../../web/localized'
import type { Deps } from '../../../web/public-page'
import type { Event } from '../../../payload-types'
import { retentionDays } from '../collection/schedule-event-jobs'
import { eventWhen } from '../event-when'
import { titleFor, whereOf } from '../mail/participant-mail-facts'
import { attendanceModes, modesOf, type AttendanceMode } from '../vocabulary'
import { cancelRegistration } from './cancel-registration'
import { changeMode } from './change-mode'
import { findRegistrationByToken, type OwnRegistration } from './find-registration-by-token'
import { requestSubscription } from '../../newsletter/subscription/request-subscription'
import { registerParticipant } from './register-participant'
import { whyClosed } from './registration-window'
import { seatsLeft } from './seats-left'
import { registerFormView } from './templates/register-form'
import { registrationPageView } from './templates/registration-page'
import { validateRegistration } from './validate-registration'

const slugPattern = /^[a-z0-9-]{1,120}$/
/** Only short fields and no files: a registration is a few hundred bytes. */
const limits: FormLimits = { fileSize: 1, files: 0, fields: 20, fieldSize: 4 * 1024 }

/** A published event by slug, in the reader's language (with fallback); 404 otherwise. */
async function publishedEvent(ctx: PageContext, slug: string) {
  if (!slugPattern.test(slug)) throw new NotFound()
  const doc = (await findBySlug(ctx, 'events', slug, 0)) as (Omit<Event, 'title'> & { title: unknown }) | undefined
  const shown = doc && shownLanguage(ctx.locale, doc.title)
  if (!doc || !shown) throw new NotFound()
  const facts = { slug: doc.slug, title: text(doc.title, shown.language), language: shown.language, when: eventWhen(ctx.locale, doc.startsAt, doc.endsAt, doc.timeZone), where: whereOf(doc, ctx.locale) }
  return { doc, facts }
}

/**
 * Registration for our own events: the form at /:locale/events/:slug/register, and each
 * participant's own page at /:locale/registrations/:token (the token in the address is the
 * permission; never cached, indexed or sent on as a referrer) with its change and cancel posts.
 */
export function registerRegistrationRoutes(app: FastifyInstance, deps: Deps): void {
  registerFormScope(app, limits, (scope) => {
    type Loaded = Awaited<ReturnType<typeof publishedEvent>>
    async function renderForm(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, event: Loaded, values: unknown, errors: readonly FieldError[], status: number) {
      const closed = whyClosed(event.doc, new Date())
      const main = registerFormView(ctx, {
        csrf: closed ? undefined : guardFields(deps, req, reply),
        event: event.facts,
        seats: await seatsLeft(deps.payload, event.doc),
        closed,
        retentionDays: retentionDays(),
        values,
        errors,
      })
      const meta = { title: ctx.t('register.title', { title: event.facts.title }), description: ctx.t('register.intro'), path: `/events/${event.facts.slug}/register`, noindex: true }
      return sendFormPage(reply, layout(ctx, meta, main), status)
    }

    scope.get('/:locale/events/:slug/register', async (req, reply) => {
      const ctx = await formContext(deps, req)
      const event = await publishedEvent(ctx, (req.params as { slug: string }).slug)
      if (event.doc.kind !== 'own') return reply.redirect(`/${ctx.locale}/events/${event.facts.slug}`, 303)
      return renderForm(ctx, req, reply, event, {}, [], 200)
    })

    scope.post(
      '/:locale/events/:slug/register',
      { preValidation: readForm(0, limits), ...guardForm(deps, { name: 'register', limit: 20, windowMs: 10 * 60 * 1000 }) },
      async (req, reply) => {
        const ctx = await formContext(deps, req)
        const event = await publishedEvent(ctx, (req.params as { slug: string }).slug)
        if (whyClosed(event.doc, new Date())) return renderForm(ctx, req, reply, event, req.body, [], 409)
        const result = validateRegistration(req.body, modesOf(event.doc.format), ctx.locale)
        const errors = withBotTraps(botTrapsOf(req), result.errors)
        if (errors.length || !result.registrant) return renderForm(ctx, req, reply, event, req.body, errors, 422)
        const outcome = await registerParticipant(deps.payload, event.doc.id, result.registrant)
        // Closed in the meantime (the organiser, or the deadline): say so, keep what they typed.
        if (outcome.outcome === 'closed') return renderForm(ctx, req, reply, event, req.body, [], 409)
        // Ticking "send me the newsletter" starts the newsletter's own double opt-in.
        const who = result.registrant
        if (who.newsletterOptIn) await requestSubscription(deps.payload, { email: who.email, locale: who.locale, themes: [], source: 'eventRegistration' })
        // The same answer whatever happened, so it never reveals whether an address was registered.
        return reply.redirect(`/${ctx.locale}/events/${event.facts.slug}/register/sent`, 303)
      },
    )

    scope.get('/:locale/events/:slug/register/sent', async (req, reply) => {
      const ctx = await formContext(deps, req)
      const event = await publishedEvent(ctx, (req.params as { slug: string }).slug)
      const body = layout(ctx, { title: ctx.t('register.thanksTitle'), description: ctx.t('register.thanksTitle'), path: `/events/${event.facts.slug}/register/sent`, noindex: true }, sentView(ctx, event.facts.slug))
      return sendFormPage(reply, body, 200)
    })

    async function own(token: string): Promise<OwnRegistration> {
      const found = await findRegistrationByToken(deps.payload, token)
      if (!found) throw new NotFound()
      return found
    }

    async function renderOwn(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, token: string, found: OwnRegistration, done?: 'cancelled' | 'changed') {
      const { registration: r, event } = found
      const open = !whyClosed(event, new Date())
      const { title, language } = titleFor(event, ctx.locale)
      const otherMode = event.format === 'hybrid' ? attendanceModes.find((m) => m !== r.mode) : undefined
      const main = registrationPageView(ctx, {
        token,
        csrf: open ? guardFields(deps, req, reply) : undefined,
        event: { slug: event.slug, title, language, when: eventWhen(ctx.locale, event.startsAt, event.endsAt, event.timeZone), where: whereOf(event, ctx.locale) },
        status: r.status,
        mode: r.mode,
        waitingPosition: found.waitingPosition,
        otherMode,
        done,
      })
      const meta = { title: ctx.t('registration.title'), description: ctx.t('registration.title'), path: `/registrations/${token}`, noindex: true }
      return sendFormPage(reply, layout(ctx, meta, main), 200, { privateUrl: true })
    }

    scope.get('/:locale/registrations/:token', async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const done = (req.query as { done?: string }).done
      return renderOwn(ctx, req, reply, token, await own(token), done === 'cancelled' || done === 'changed' ? done : undefined)
    })

    // The buttons on one's own page: no honeypot or fill time (the private link already proves a
    // person got the mail), but the same rate limit, origin and CSRF checks as every public post.
    const guard = guardForm(deps, { name: 'registration-change', limit: 20, windowMs: 10 * 60 * 1000 })
    scope.post('/:locale/registrations/:token/cancel', { preValidation: readForm(0, limits), ...guard }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const found = await own(token)
      if (whyClosed(found.event, new Date())) return renderOwn(ctx, req, reply, token, found)
      await cancelRegistration(deps.payload, found.registration.id)
      return reply.redirect(`/${ctx.locale}/registrations/${token}?done=cancelled`, 303)
    })

    scope.post('/:locale/registrations/:token/mode', { preValidation: readForm(0, limits), ...guard }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const found = await own(token)
      const mode = (req.body as { mode?: unknown }).mode
      if (!(attendanceModes as readonly unknown[]).includes(mode)) return renderOwn(ctx, req, reply, token, found)
      await changeMode(deps.payload, found.registration.id, mode as AttendanceMode)
      return reply.redirect(`/${ctx.locale}/registrations/${token}?done=changed`, 303)
    })
  })
}

/** After registering: the same page whatever the outcome (the mail tells which). */
function sentView(ctx: PageContext, slug: string): SafeHtml {
  return html`<h1>${ctx.t('register.thanksTitle')}</h1>
<p>${ctx.t('register.thanks')}</p>
<p><a href="/${ctx.locale}/events/${slug}">${ctx.t('register.backToEvent')}</a></p>`
}
