import * as migration_20261203_052101_initial from './20261203_052101_initial';
import * as migration_20261203_054838_query_indexes_and_site_build_leases from './20261203_054838_query_indexes_and_site_build_leases';

export const migrations = [
  {
    up: migration_20261203_052101_initial.up,
    down: migration_20261203_052101_initial.down,
    name: '20261203_052101_initial',
  },
  {
    up: migration_20261203_054838_query_indexes_and_site_build_leases.up,
    down: migration_20261203_054838_query_indexes_and_site_build_leases.down,
    name: '20261203_054838_query_indexes_and_site_build_leases'
  },
];
