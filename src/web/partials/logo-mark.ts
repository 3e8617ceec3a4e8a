import { trusted, type SafeHtml } from '../html'

/**
 * The site's mark: a four-pointed north star on a compass ring, in a white tile on the dark header
 * (the brand blue on white is 9.2:1). It stands beside the site name, which is text in the reader's
 * language: one brand name per language, read by screen readers and translated with the page, so the
 * mark itself is decorative (aria-hidden). assets/favicon.svg is the same mark in reverse colours.
 */
export function logoMark(): SafeHtml {
  return trusted(
    '<svg class="logo-mark" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="32" height="32" aria-hidden="true" focusable="false">' +
      '<rect width="40" height="40" rx="8" fill="#fff"/>' +
      '<circle cx="20" cy="20" r="10" fill="none" stroke="#0b4f6c" stroke-width="2.5"/>' +
      '<path d="M20 4l3.6 12.4L36 20l-12.4 3.6L20 36l-3.6-12.4L4 20l12.4-3.6z" fill="#0b4f6c"/>' +
      '</svg>',
  )
}
