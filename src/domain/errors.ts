/** Thrown when the thing asked for does not exist; the web layer renders it as the localized 404. */
export class NotFound extends Error {}

/** Thrown when an argument (a query parameter) is malformed; the web layer renders the localized 400. */
export class BadRequest extends Error {}

/** Thrown when a request may not do what it asks (a form post without its token); the localized 403. */
export class Forbidden extends Error {}
