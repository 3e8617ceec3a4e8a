import { adminText, type AdminText } from '../../../i18n/admin/admin-text'
import type { Locale } from '../../../i18n/locales'

/** What publishing a practice needs; the values as they will be stored after this save. */
export type PublishingFacts = {
  criteriaMet: readonly string[]
  criteriaOverride: string
  organisations: readonly unknown[]
  municipality: string
}

export type FieldRefusal = { path: string; message: string }

const noCriterion: AdminText = adminText(
  'Tick at least one quality criterion, or write in “Publish without criteria” why this practice is published anyway.',
  'Markera minst ett kvalitetskriterium, eller skriv i ”Publicera utan kriterier” varför exemplet ändå publiceras.',
  'Kryss av for minst ett kvalitetskriterium, eller skriv i «Publiser uten kriterier» hvorfor eksemplet likevel publiseres.',
  'Markér mindst ét kvalitetskriterium, eller skriv i »Offentliggør uden kriterier«, hvorfor eksemplet alligevel offentliggøres.',
  'Valitse vähintään yksi laatukriteeri tai kirjoita kohtaan ”Julkaisu ilman kriteerejä”, miksi käytäntö julkaistaan silti.',
  'Hakaðu við að minnsta kosti eitt gæðaviðmið, eða skrifaðu í „Birta án viðmiða“ hvers vegna dæmið er samt birt.',
)

const noResponsible: AdminText = adminText(
  'A published practice needs a responsible organisation or a municipality.',
  'Ett publicerat exempel behöver en ansvarig organisation eller en kommun.',
  'Et publisert eksempel trenger en ansvarlig organisasjon eller en kommune.',
  'Et offentliggjort eksempel skal have en ansvarlig organisation eller en kommune.',
  'Julkaistulla käytännöllä on oltava vastuuorganisaatio tai kunta.',
  'Birt dæmi þarf ábyrgðaraðila eða sveitarfélag.',
)

/**
 * Why a practice may not be published, as field errors in the editor's admin language: no quality
 * criterion ticked and no override note; neither a responsible organisation nor a municipality (both
 * fields are marked, as either one fixes it). Empty when it may be published.
 */
export function checkPublishing(facts: PublishingFacts, language: Locale): FieldRefusal[] {
  const refusals: FieldRefusal[] = []
  if (facts.criteriaMet.length === 0 && facts.criteriaOverride.trim() === '') {
    refusals.push({ path: 'criteriaMet', message: noCriterion[language] })
  }
  if (facts.organisations.length === 0 && facts.municipality.trim() === '') {
    refusals.push({ path: 'organisations', message: noResponsible[language] }, { path: 'municipality', message: noResponsible[language] })
  }
  return refusals
}
