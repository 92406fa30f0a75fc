import * as migration_20261122_201427_initial from './20261122_201427_initial';
import * as migration_20261130_192742_editor_notes from './20261130_192742_editor_notes';
import * as migration_20261130_194413_site_update_jobs from './20261130_194413_site_update_jobs';
import * as migration_20261130_194419_search_synonyms from './20261130_194419_search_synonyms';
import * as migration_20261130_195350_issue13_quotes_figures from './20261130_195350_issue13_quotes_figures';
import * as migration_20261130_203822_status_created_index from './20261130_203822_status_created_index';
import * as migration_20261205_212050_open_data_global from './20261205_212050_open_data_global';
import * as migration_20261205_212902_sources_silent from './20261205_212902_sources_silent';
import * as migration_20261205_220816_live_preview_autosave from './20261205_220816_live_preview_autosave';
import * as migration_20261205_220947_evaluations from './20261205_220947_evaluations';
import * as migration_20261206_002906_attachments from './20261206_002906_attachments';
import * as migration_20261206_003326_version_author from './20261206_003326_version_author';
import * as migration_20261206_003729_storage_prefix from './20261206_003729_storage_prefix';
import * as migration_20261206_035948_verbatim_marks from './20261206_035948_verbatim_marks';

export const migrations = [
  {
    up: migration_20261122_201427_initial.up,
    down: migration_20261122_201427_initial.down,
    name: '20261122_201427_initial',
  },
  {
    up: migration_20261130_192742_editor_notes.up,
    down: migration_20261130_192742_editor_notes.down,
    name: '20261130_192742_editor_notes',
  },
  {
    up: migration_20261130_194413_site_update_jobs.up,
    down: migration_20261130_194413_site_update_jobs.down,
    name: '20261130_194413_site_update_jobs',
  },
  {
    up: migration_20261130_194419_search_synonyms.up,
    down: migration_20261130_194419_search_synonyms.down,
    name: '20261130_194419_search_synonyms',
  },
  {
    up: migration_20261130_195350_issue13_quotes_figures.up,
    down: migration_20261130_195350_issue13_quotes_figures.down,
    name: '20261130_195350_issue13_quotes_figures',
  },
  {
    up: migration_20261130_203822_status_created_index.up,
    down: migration_20261130_203822_status_created_index.down,
    name: '20261130_203822_status_created_index',
  },
  {
    up: migration_20261205_212050_open_data_global.up,
    down: migration_20261205_212050_open_data_global.down,
    name: '20261205_212050_open_data_global',
  },
  {
    up: migration_20261205_212902_sources_silent.up,
    down: migration_20261205_212902_sources_silent.down,
    name: '20261205_212902_sources_silent',
  },
  {
    up: migration_20261205_220816_live_preview_autosave.up,
    down: migration_20261205_220816_live_preview_autosave.down,
    name: '20261205_220816_live_preview_autosave',
  },
  {
    up: migration_20261205_220947_evaluations.up,
    down: migration_20261205_220947_evaluations.down,
    name: '20261205_220947_evaluations',
  },
  {
    up: migration_20261206_002906_attachments.up,
    down: migration_20261206_002906_attachments.down,
    name: '20261206_002906_attachments',
  },
  {
    up: migration_20261206_003326_version_author.up,
    down: migration_20261206_003326_version_author.down,
    name: '20261206_003326_version_author',
  },
  {
    up: migration_20261206_003729_storage_prefix.up,
    down: migration_20261206_003729_storage_prefix.down,
    name: '20261206_003729_storage_prefix',
  },
  {
    up: migration_20261206_035948_verbatim_marks.up,
    down: migration_20261206_035948_verbatim_marks.down,
    name: '20261206_035948_verbatim_marks'
  },
];
