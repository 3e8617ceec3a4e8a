import * as migration_20261121_161523_initial from './20261121_161523_initial';
import * as migration_20261121_170732_idea_bank from './20261121_170732_idea_bank';

export const migrations = [
  {
    up: migration_20261121_161523_initial.up,
    down: migration_20261121_161523_initial.down,
    name: '20261121_161523_initial',
  },
  {
    up: migration_20261121_170732_idea_bank.up,
    down: migration_20261121_170732_idea_bank.down,
    name: '20261121_170732_idea_bank'
  },
];
