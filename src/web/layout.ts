import { navEntries } from '../capabilities/compose'
import { locales, localeNames, type Locale } from '../i18n/locales'
import { assetPath } from './assets'
import type { PageContext } from './context'
import { html, type SafeHtml } from './html'
import { logoMark } from './partials/logo-mark'

export type PageMeta = {
  title: string
  description: string
  /** Path without the locale prefix, e.g. "/news/some-slug" ("" for home). */
  path: string
  ogType?: 'website' | 'article'
  ogImage?: string
  /** A page exists in every locale (content falls back per document), so all locales by default. */
  noindex?: boolean
}

function localizedUrl(ctx: PageContext, locale: Locale, path: string): string {
  return `${ctx.env.publicUrl}/${locale}${path || '/'}`
}

function header(ctx: PageContext, meta: PageMeta): SafeHtml {
  const { t, locale } = ctx
  const nav = navEntries().map(({ path, label }) => [path, t(label)] as const)
  const section = '/' + (meta.path.split('/')[1] ?? '')
  // Phones: the brand and a "Menu" disclosure (languages and sections inside), so the header stays one
  // row. Wide screens: the stylesheet shows the menu's content in place and hides its summary.
  return html`<header class="site-header">
  <a class="skip-link" href="#main">${t('skip.toContent')}</a>
  <div class="wrap header-row">
    <a class="site-name" href="/${locale}/">${logoMark()}<span>${t('site.name')}</span></a>
  </div>
  <details class="site-menu">
  <summary>${t('nav.menu')}</summary>
  <nav class="lang" aria-label="${t('lang.label')}">
    <ul class="wrap">${locales.map((l) =>
      l === locale
        ? html`<li><a href="/${l}${meta.path || '/'}" lang="${l}" hreflang="${l}" aria-current="true">${localeNames[l]}</a></li>`
        : html`<li><a href="/language/${l}?next=${encodeURIComponent(`/${l}${meta.path || '/'}`)}" lang="${l}" hreflang="${l}">${localeNames[l]}</a></li>`,
    )}</ul>
  </nav>
  <nav class="main-nav" aria-label="${t('nav.label')}">
    <ul class="wrap">${nav.map(([path, label]) => {
      const current = path === '' ? meta.path === '' : section === path
      return html`<li><a href="/${locale}${path || '/'}"${current ? html` aria-current="page"` : ''}>${label}</a></li>`
    })}</ul>
  </nav>
  </details>
</header>`
}

function footer(ctx: PageContext): SafeHtml {
  const { t, locale, chrome } = ctx
  // The footer is the contentinfo landmark; its parts are headed groups, not regions of their own, so
  // they do not add landmarks that clash with a page's (a practice's "Contact" section).
  return html`<footer class="site-footer">
  <div class="wrap footer-grid">
    <div>
      <h2>${t('footer.contact')}</h2>
      <p><a href="mailto:${chrome.contactEmail}">${chrome.contactEmail}</a></p>
    </div>
    ${chrome.socialLinks.length
      ? html`<div>
      <h2>${t('footer.follow')}</h2>
      <ul>${chrome.socialLinks.map((s) => html`<li><a href="${s.url}" rel="noopener noreferrer">${s.label}</a></li>`)}</ul>
    </div>`
      : ''}
    <div>
      <h2>${t('site.name')}</h2>
      <ul>
        <li><a href="/${locale}/about">${t('footer.about')}</a></li>
        <li><a href="/${locale}/accessibility">${t('footer.accessibility')}</a></li>
        <li><a href="/${locale}/privacy">${t('footer.privacy')}</a></li>
        <li><a href="/${locale}/news/feed.xml" type="application/atom+xml">${t('footer.feed')}</a></li>
      </ul>
    </div>
    ${footerSignup(ctx)}
  </div>
</footer>`
}

/**
 * The newsletter's short sign-up in every footer. Footers are part of cached pages, so this form
 * carries no token: it leads to the newsletter page's guarded form with the address filled in.
 */
function footerSignup(ctx: PageContext): SafeHtml {
  const { t, locale } = ctx
  return html`<div>
      <h2>${t('footer.newsletter')}</h2>
      <p>${t('newsletter.footerIntro')}</p>
      <form class="footer-signup" method="post" action="/${locale}/newsletter/start">
        <input type="hidden" name="from" value="footer">
        <label for="footer-email">${t('newsletter.email')}</label>
        <input type="email" id="footer-email" name="email" autocomplete="email" spellcheck="false" maxlength="254" required>
        <label for="footer-language">${t('newsletter.language')}</label>
        <select id="footer-language" name="language">${locales.map(
          (l) => html`<option value="${l}"${l === locale ? html` selected` : html` lang="${l}"`}>${localeNames[l]}</option>`,
        )}</select>
        <button type="submit">${t('newsletter.footerSubmit')}</button>
      </form>
    </div>`
}

/** The full HTML document around a page's main content. */
export function layout(ctx: PageContext, meta: PageMeta, main: SafeHtml): string {
  const { t, locale } = ctx
  const title = meta.path === '' ? t('site.name') : `${meta.title} – ${t('site.name')}`
  const canonical = localizedUrl(ctx, locale, meta.path)
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${meta.description}">
${meta.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${canonical}">
${locales.map((l) => html`<link rel="alternate" hreflang="${l}" href="${localizedUrl(ctx, l, meta.path)}">\n`)}<link rel="alternate" hreflang="x-default" href="${localizedUrl(ctx, 'en', meta.path)}">
<link rel="alternate" type="application/atom+xml" title="${t('news.feedTitle')}" href="/${locale}/news/feed.xml">
<meta property="og:type" content="${meta.ogType ?? 'website'}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${canonical}">
<meta property="og:site_name" content="${t('site.name')}">
<meta property="og:locale" content="${locale}">
${meta.ogImage ? html`<meta property="og:image" content="${meta.ogImage}">` : ''}
<link rel="stylesheet" href="${assetPath('site.css')}">
<link rel="icon" href="${assetPath('favicon.svg')}" type="image/svg+xml">
</head>
<body>
${header(ctx, meta)}
<main id="main" tabindex="-1">
${main}
</main>
${footer(ctx)}
</body>
</html>
`.value
  )
}
