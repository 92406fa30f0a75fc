import * as migration_20261122_201427_initial from './20261122_201427_initial';
import * as migration_20261130_192742_editor_notes from './20261130_192742_editor_notes';

export const migrations = [
  {
    up: migration_20261122_201427_initial.up,
    down: migration_20261122_201427_initial.down,
    name: '20261122_201427_initial',
  },
  {
    up: migration_20261130_192742_editor_notes.up,
    down: migration_20261130_192742_editor_notes.down,
    name: '20261130_192742_editor_notes'
  },
];
