import { organisationTypes, type OrganisationType } from '../../organisations/vocabulary'

/**
 * The directory type of an organisation created from a practice: the practice's type of actor where
 * the directory has it, else "ngo" (social enterprises, companies and partnerships have no directory
 * type; the editor can change it on the organisation).
 */
export function organisationTypeFor(actorType: unknown): OrganisationType {
  return (organisationTypes as readonly unknown[]).includes(actorType) ? (actorType as OrganisationType) : 'ngo'
}
