/** The newsletter's controlled vocabularies. Labels live in the UI catalogs as "<prefix>.<value>". */

/**
 * A subscriber's state. `pending` until the confirmation link is followed (nothing is sent before);
 * `paused` keeps the subscription without mailing; `suspended` is set by hard bounces and complaints.
 */
export const subscriberStatuses = ['pending', 'confirmed', 'paused', 'unsubscribed', 'suspended'] as const
export type SubscriberStatus = (typeof subscriberStatuses)[number]

/** The consent record's entries (GDPR art. 7(1)): what happened, when, through which form and wording. */
export const consentActions = ['requested', 'confirmed', 'imported', 'changed', 'paused', 'resumed', 'unsubscribed', 'suspended'] as const
export type ConsentAction = (typeof consentActions)[number]

/** Where a subscription came from. */
export const subscribeSources = ['newsletterPage', 'footer', 'eventRegistration', 'import', 'preferences'] as const
export type SubscribeSource = (typeof subscribeSources)[number]

export const suspendReasons = ['hardBounce', 'complaint', 'softBounces'] as const
export type SuspendReason = (typeof suspendReasons)[number]

/** A newsletter issue's life: composed, scheduled for a time, being sent, sent. */
export const issueStatuses = ['draft', 'scheduled', 'sending', 'sent'] as const
export type IssueStatus = (typeof issueStatuses)[number]

/**
 * One recipient of one issue. `sending` is stored before the SMTP transaction and `sent`/`failed`
 * after it, so a crash in between leaves `sending`, which a resumed send marks `uncertain` rather
 * than send twice.
 */
export const deliveryStates = ['pending', 'sending', 'sent', 'failed', 'uncertain'] as const
export type DeliveryState = (typeof deliveryStates)[number]

export const bounceKinds = ['hard', 'soft', 'complaint'] as const
export type BounceKind = (typeof bounceKinds)[number]
