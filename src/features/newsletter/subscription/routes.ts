import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import { isLocale } from '../../../i18n/locales'
import type { Subscriber } from '../../../payload-types'
import { NotFound, type PageContext } from '../../../web/context'
import { sendErrorPage } from '../../../web/error-pages'
import { withBotTraps } from '../../../web/forms/bot-checks'
import type { FieldError } from '../../../web/forms/field-error'
import { formValue, formValues } from '../../../web/forms/form-body'
import { formContext } from '../../../web/forms/form-context'
import { readForm, registerFormScope, type FormLimits } from '../../../web/forms/form-scope'
import { sendFormPage } from '../../../web/forms/send-form-page'
import { botTrapsOf, guardFields, guardForm } from '../../../web/form-guard'
import { layout } from '../../../web/layout'
import type { Deps } from '../../../web/public-page'
import { hitRateLimit, rateLimitKey } from '../../../web/rate-limit'
import { setSecurityHeaders } from '../../../web/security-headers'
import { listThemes } from '../../themes/list-themes'
import { sortByLocale } from '../../../i18n/format'
import { confirmSubscription, findPendingByConfirmToken } from './confirm-subscription'
import { eraseSubscriber } from './erase-subscriber'
import { exportSubscriberData } from './export-subscriber-data'
import { findSubscriberByToken } from './find-subscriber-by-token'
import { requestSubscription } from './request-subscription'
import { unsubscribeSubscriber } from './unsubscribe-subscriber'
import { updatePreferences } from './update-preferences'
import { validateSubscription } from './validate-subscription'
import { confirmPageView } from './templates/confirm-page'
import { preferenceNotices, preferencesPageView, type PreferenceNotice } from './templates/preferences-page'
import { subscribePageView, subscribeSentView } from './templates/subscribe-page'
import type { ThemeChoice } from './templates/subscription-fields'
import { erasedView, unsubscribePageView } from './templates/unsubscribe-page'

/** A sign-up is a few short fields; themes are a handful of checkboxes. */
const limits: FormLimits = { fileSize: 1, files: 0, fields: 40, fieldSize: 1024 }
const tenMinutes = 10 * 60 * 1000

async function themeChoices(ctx: PageContext): Promise<{ choices: ThemeChoice[]; idOf: Map<string, number>; slugOf: Map<number, string> }> {
  const themes = sortByLocale(ctx.locale, await listThemes(ctx), (th) => th.title)
  return {
    choices: themes.map((th) => ({ slug: th.slug, title: th.title, language: th.shown.language })),
    idOf: new Map(themes.map((th) => [th.slug, th.id])),
    slugOf: new Map(themes.map((th) => [th.id, th.slug])),
  }
}

const themeIds = (subscriber: Subscriber): number[] => (subscriber.themes ?? []).map((th) => (typeof th === 'number' ? th : th.id))

/**
 * The newsletter's public side: sign-up (the page's form, and the footer's short form that leads
 * to it), the double opt-in confirmation, the subscriber's preference page with its actions, and
 * the RFC 8058 one-click unsubscribe. Personal pages are reached by the token in their address.
 */
export function registerSubscriptionRoutes(app: FastifyInstance, deps: Deps): void {
  registerFormScope(app, limits, (scope) => {
    async function renderSignUp(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, values: unknown, errors: readonly FieldError[], status: number, continued = false) {
      const { choices } = await themeChoices(ctx)
      const language = formValue(values, 'language') || ctx.locale
      const main = subscribePageView(ctx, {
        csrf: guardFields(deps, req, reply),
        email: formValue(values, 'email'),
        language,
        themes: formValues(values, 'themes'),
        themeChoices: choices,
        errors,
        continued: continued || formValue(values, 'from') === 'footer',
      })
      return sendFormPage(reply, layout(ctx, { title: ctx.t('newsletter.title'), description: ctx.t('newsletter.description'), path: '/newsletter' }, main), status)
    }

    scope.get('/:locale/newsletter', async (req, reply) => renderSignUp(await formContext(deps, req), req, reply, {}, [], 200))

    // The footer's short form (on cached pages, so without a token of its own) only carries the
    // address and language here; the person then subscribes with this page's guarded form.
    scope.post('/:locale/newsletter/start', { preValidation: readForm(0, limits), onRequest: rateLimited(deps, 'newsletter-start', 30) }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      return renderSignUp(ctx, req, reply, { email: formValue(req.body, 'email'), language: formValue(req.body, 'language') }, [], 200, true)
    })

    scope.post('/:locale/newsletter', { preValidation: readForm(0, limits), ...guardForm(deps, { name: 'newsletter', limit: 10, windowMs: tenMinutes }) }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { choices, idOf } = await themeChoices(ctx)
      const result = validateSubscription(req.body, choices.map((c) => c.slug), { email: true })
      const errors = withBotTraps(botTrapsOf(req), result.errors)
      if (errors.length || !result.form) return renderSignUp(ctx, req, reply, req.body, errors, 422)
      const { email, locale, themeSlugs } = result.form
      const source = formValue(req.body, 'from') === 'footer' ? 'footer' : 'newsletterPage'
      await requestSubscription(deps.payload, { email, locale, themes: themeSlugs.map((s) => idOf.get(s)!).filter(Boolean), source })
      // The same answer whatever happened: it never tells whether an address is subscribed.
      return reply.redirect(`/${ctx.locale}/newsletter/sent`, 303)
    })

    scope.get('/:locale/newsletter/sent', async (req, reply) => {
      const ctx = await formContext(deps, req)
      return sendFormPage(reply, layout(ctx, { title: ctx.t('newsletter.sentTitle'), description: ctx.t('newsletter.sentTitle'), path: '/newsletter/sent', noindex: true }, subscribeSentView(ctx)), 200)
    })

    const confirmMeta = (ctx: PageContext, token: string) => ({ title: ctx.t('newsletter.confirmTitle'), description: ctx.t('newsletter.confirmTitle'), path: `/newsletter/confirm/${token}`, noindex: true })

    scope.get('/:locale/newsletter/confirm/:token', async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const pending = await findPendingByConfirmToken(deps.payload, token)
      const data = pending ? { csrf: guardFields(deps, req, reply), email: pending.email, token } : undefined
      return sendFormPage(reply, layout(ctx, confirmMeta(ctx, token), confirmPageView(ctx, data)), pending ? 200 : 404, { privateUrl: true })
    })

    const personal = guardForm(deps, { name: 'newsletter-personal', limit: 30, windowMs: tenMinutes })

    scope.post('/:locale/newsletter/confirm/:token', { preValidation: readForm(0, limits), ...personal }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const confirmed = await confirmSubscription(deps.payload, token)
      if (!confirmed) return sendFormPage(reply, layout(ctx, confirmMeta(ctx, token), confirmPageView(ctx, undefined)), 404, { privateUrl: true })
      return reply.redirect(`/${ctx.locale}/newsletter/preferences/${deps.payload.decrypt(confirmed.tokenSealed)}?done=confirmed`, 303)
    })

    async function own(token: string): Promise<Subscriber> {
      const found = await findSubscriberByToken(deps.payload, token)
      if (!found) throw new NotFound()
      return found
    }

    async function renderPreferences(ctx: PageContext, req: FastifyRequest, reply: FastifyReply, token: string, s: Subscriber, opts: { values?: unknown; errors?: readonly FieldError[]; done?: PreferenceNotice; status?: number } = {}) {
      const { choices, slugOf } = await themeChoices(ctx)
      const values = opts.values
      const main = preferencesPageView(ctx, {
        csrf: guardFields(deps, req, reply),
        token,
        email: s.email,
        status: s.status,
        language: values ? formValue(values, 'language') : s.locale,
        themes: values ? formValues(values, 'themes') : themeIds(s).map((id) => slugOf.get(id) ?? '').filter(Boolean),
        themeChoices: choices,
        errors: opts.errors ?? [],
        done: opts.done,
      })
      const meta = { title: ctx.t('newsletter.prefsTitle'), description: ctx.t('newsletter.prefsTitle'), path: `/newsletter/preferences/${token}`, noindex: true }
      return sendFormPage(reply, layout(ctx, meta, main), opts.status ?? 200, { privateUrl: true })
    }

    scope.get('/:locale/newsletter/preferences/:token', async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const done = (req.query as { done?: string }).done
      const notice = (preferenceNotices as readonly string[]).includes(done ?? '') ? (done as PreferenceNotice) : undefined
      return renderPreferences(ctx, req, reply, token, await own(token), { done: notice })
    })

    scope.post('/:locale/newsletter/preferences/:token', { preValidation: readForm(0, limits), ...personal }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const s = await own(token)
      const { choices, idOf } = await themeChoices(ctx)
      const result = validateSubscription(req.body, choices.map((c) => c.slug), { email: false })
      if (!result.form) return renderPreferences(ctx, req, reply, token, s, { values: req.body, errors: result.errors, status: 422 })
      await updatePreferences(deps.payload, s, { locale: result.form.locale, themes: result.form.themeSlugs.map((slug) => idOf.get(slug)!).filter(Boolean) })
      return reply.redirect(`/${ctx.locale}/newsletter/preferences/${token}?done=saved`, 303)
    })

    for (const action of ['pause', 'resume'] as const) {
      scope.post(`/:locale/newsletter/preferences/:token/${action}`, { preValidation: readForm(0, limits), ...personal }, async (req, reply) => {
        const ctx = await formContext(deps, req)
        const { token } = req.params as { token: string }
        await updatePreferences(deps.payload, await own(token), { paused: action === 'pause' })
        return reply.redirect(`/${ctx.locale}/newsletter/preferences/${token}?done=${action === 'pause' ? 'paused' : 'resumed'}`, 303)
      })
    }

    scope.post('/:locale/newsletter/preferences/:token/erase', { preValidation: readForm(0, limits), ...personal }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const s = await own(token)
      if (!formValue(req.body, 'confirmErase')) {
        const errors: FieldError[] = [{ field: 'confirmErase', key: 'newsletter.eraseNeedsConfirm' }]
        return renderPreferences(ctx, req, reply, token, s, { errors, status: 422 })
      }
      await eraseSubscriber(deps.payload, s.id)
      const meta = { title: ctx.t('newsletter.prefsTitle'), description: ctx.t('newsletter.erased'), path: '/newsletter', noindex: true }
      return sendFormPage(reply, layout(ctx, meta, erasedView(ctx)), 200, { privateUrl: true })
    })

    scope.get('/:locale/newsletter/preferences/:token/data.json', async (req, reply) => {
      const { locale, token } = req.params as { locale: string; token: string }
      if (!isLocale(locale)) throw new NotFound()
      const data = await exportSubscriberData(deps.payload, await own(token))
      setSecurityHeaders(reply)
      return reply
        .header('content-type', 'application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="newsletter-subscription.json"')
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'same-origin')
        .header('x-robots-tag', 'noindex, nofollow')
        .send(JSON.stringify(data, null, 2))
    })

    // RFC 8058 one-click: a mail client POSTs "List-Unsubscribe=One-Click" with no cookie, so this
    // post takes no CSRF token or origin (the unguessable token in the address is the permission);
    // a GET, which link scanners also make, only asks.
    async function renderUnsubscribe(ctx: PageContext, reply: FastifyReply, token: string, s: Subscriber | undefined, done: boolean) {
      const meta = { title: ctx.t('newsletter.unsubscribeTitle'), description: ctx.t('newsletter.unsubscribeTitle'), path: `/newsletter/unsubscribe/${token}`, noindex: true }
      return sendFormPage(reply, layout(ctx, meta, unsubscribePageView(ctx, { email: s?.email ?? '', token, done })), 200, { privateUrl: true })
    }

    scope.get('/:locale/newsletter/unsubscribe/:token', async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const s = await own(token)
      return renderUnsubscribe(ctx, reply, token, s, s.status === 'unsubscribed')
    })

    scope.post('/:locale/newsletter/unsubscribe/:token', { preValidation: readForm(0, limits), onRequest: rateLimited(deps, 'newsletter-unsubscribe', 60) }, async (req, reply) => {
      const ctx = await formContext(deps, req)
      const { token } = req.params as { token: string }
      const s = await own(token)
      const oneClick = formValue(req.body, 'List-Unsubscribe') === 'One-Click'
      await unsubscribeSubscriber(deps.payload, s, { detail: oneClick ? 'one-click' : 'page' })
      return renderUnsubscribe(ctx, reply, token, s, true)
    })
  })
}

/** A per-address rate limit for posts that cannot carry a CSRF token (one-click, the footer's form). */
function rateLimited(deps: Deps, name: string, limit: number): onRequestAsyncHookHandler {
  return async (req, reply) => {
    const verdict = await hitRateLimit(deps.payload, { key: rateLimitKey(deps.env.payloadSecret, name, req.ip), limit, windowMs: tenMinutes })
    if (!verdict.allowed) {
      reply.header('retry-after', String(verdict.retryAfterSeconds))
      return sendErrorPage(deps, req, reply, 'tooMany')
    }
  }
}

