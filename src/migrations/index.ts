import * as migration_20261203_052101_initial from './20261203_052101_initial';

export const migrations = [
  {
    up: migration_20261203_052101_initial.up,
    down: migration_20261203_052101_initial.down,
    name: '20261203_052101_initial'
  },
];
