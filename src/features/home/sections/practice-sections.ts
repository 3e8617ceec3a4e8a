import type { HomeSection } from '../../../capabilities/capability'
import { countryEntrySection } from './country-entry-section'
import { featuredPracticesSection } from './featured-practices-section'
import { recentPracticesSection } from './recent-practices-section'
import { searchSection } from './search-section'
import { themeEntrySection } from './theme-entry-section'

/** What the idea bank contributes to the home page (registered by the practices capability). */
export const practiceHomeSections: readonly HomeSection[] = [searchSection, themeEntrySection, countryEntrySection, featuredPracticesSection, recentPracticesSection]
