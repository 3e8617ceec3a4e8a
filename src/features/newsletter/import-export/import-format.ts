/**
 * The CSV the import reads and the export writes (see README, Newsletter: import and export).
 * Required columns: email, language, subscribed_at. The rest may be missing or empty.
 */
export const importColumns = ['email', 'language', 'themes', 'status', 'subscribed_at', 'confirmed_at', 'unsubscribed_at', 'consent_source', 'consent_text'] as const
export type ImportColumn = (typeof importColumns)[number]
export const requiredColumns: readonly ImportColumn[] = ['email', 'language', 'subscribed_at']

/** Why a row was not imported; labelled in the admin's six languages (import-text.ts). */
export const importProblems = ['missingColumns', 'invalidEmail', 'unknownLanguage', 'unknownTheme', 'badStatus', 'badDate', 'datesOutOfOrder', 'duplicateInFile', 'alreadySubscribed', 'notSaved'] as const
export type ImportProblemReason = (typeof importProblems)[number]
export type ImportProblem = { line: number; email?: string; reason: ImportProblemReason; column?: ImportColumn }
