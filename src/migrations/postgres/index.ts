import * as migration_20261121_161527_initial from './20261121_161527_initial';
import * as migration_20261121_170741_idea_bank from './20261121_170741_idea_bank';
import * as migration_20261202_021521_jobs_queue from './20261202_021521_jobs_queue';
import * as migration_20261202_022441_rate_limit_buckets from './20261202_022441_rate_limit_buckets';
import * as migration_20261202_022500_object_storage from './20261202_022500_object_storage';
import * as migration_20261202_053035_lockout_to_login_limits from './20261202_053035_lockout_to_login_limits';
import * as migration_20261202_060206_admin_title from './20261202_060206_admin_title';
import * as migration_20261202_061626_publishing_guardrails from './20261202_061626_publishing_guardrails';
import * as migration_20261202_063111_organisation_address_contact from './20261202_063111_organisation_address_contact';
import * as migration_20261202_064045_language_coverage from './20261202_064045_language_coverage';
import * as migration_20261202_084740_events from './20261202_084740_events';
import * as migration_20261202_093003_themes_titles_and_languages from './20261202_093003_themes_titles_and_languages';
import * as migration_20261202_132610_newsletter from './20261202_132610_newsletter';

export const migrations = [
  {
    up: migration_20261121_161527_initial.up,
    down: migration_20261121_161527_initial.down,
    name: '20261121_161527_initial',
  },
  {
    up: migration_20261121_170741_idea_bank.up,
    down: migration_20261121_170741_idea_bank.down,
    name: '20261121_170741_idea_bank',
  },
  {
    up: migration_20261202_021521_jobs_queue.up,
    down: migration_20261202_021521_jobs_queue.down,
    name: '20261202_021521_jobs_queue',
  },
  {
    up: migration_20261202_022441_rate_limit_buckets.up,
    down: migration_20261202_022441_rate_limit_buckets.down,
    name: '20261202_022441_rate_limit_buckets',
  },
  {
    up: migration_20261202_022500_object_storage.up,
    down: migration_20261202_022500_object_storage.down,
    name: '20261202_022500_object_storage',
  },
  {
    up: migration_20261202_053035_lockout_to_login_limits.up,
    down: migration_20261202_053035_lockout_to_login_limits.down,
    name: '20261202_053035_lockout_to_login_limits',
  },
  {
    up: migration_20261202_060206_admin_title.up,
    down: migration_20261202_060206_admin_title.down,
    name: '20261202_060206_admin_title',
  },
  {
    up: migration_20261202_061626_publishing_guardrails.up,
    down: migration_20261202_061626_publishing_guardrails.down,
    name: '20261202_061626_publishing_guardrails',
  },
  {
    up: migration_20261202_063111_organisation_address_contact.up,
    down: migration_20261202_063111_organisation_address_contact.down,
    name: '20261202_063111_organisation_address_contact',
  },
  {
    up: migration_20261202_064045_language_coverage.up,
    down: migration_20261202_064045_language_coverage.down,
    name: '20261202_064045_language_coverage',
  },
  {
    up: migration_20261202_084740_events.up,
    down: migration_20261202_084740_events.down,
    name: '20261202_084740_events',
  },
  {
    up: migration_20261202_093003_themes_titles_and_languages.up,
    down: migration_20261202_093003_themes_titles_and_languages.down,
    name: '20261202_093003_themes_titles_and_languages',
  },
  {
    up: migration_20261202_132610_newsletter.up,
    down: migration_20261202_132610_newsletter.down,
    name: '20261202_132610_newsletter'
  },
];
