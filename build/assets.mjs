// Copies the front-end files the application serves (DSFR, Leaflet) into wwwroot/lib and the
// official administrative lists into the app's Reference folder. Both targets are generated: git ignores them.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modules = join(root, 'node_modules');
const app = join(root, 'src', 'SemaineIndustrie');
const lib = join(app, 'wwwroot', 'lib');

const copies = [
  ['@gouvfr/dsfr/dist/dsfr.min.css', 'dsfr/dsfr.min.css'],
  ['@gouvfr/dsfr/dist/dsfr.module.min.js', 'dsfr/dsfr.module.min.js'],
  ['@gouvfr/dsfr/dist/dsfr.nomodule.min.js', 'dsfr/dsfr.nomodule.min.js'],
  ['@gouvfr/dsfr/dist/utility/utility.min.css', 'dsfr/utility/utility.min.css'],
  ['@gouvfr/dsfr/dist/icons', 'dsfr/icons'],
  ['@gouvfr/dsfr/dist/fonts', 'dsfr/fonts'],
  ['@gouvfr/dsfr/dist/favicon', 'dsfr/favicon'],
  ['@gouvfr/dsfr/dist/artwork', 'dsfr/artwork'],
  ['leaflet/dist/leaflet.js', 'leaflet/leaflet.js'],
  ['leaflet/dist/leaflet.css', 'leaflet/leaflet.css'],
  ['leaflet/dist/images', 'leaflet/images'],
  ['leaflet.markercluster/dist/MarkerCluster.css', 'leaflet/MarkerCluster.css'],
  ['leaflet.markercluster/dist/MarkerCluster.Default.css', 'leaflet/MarkerCluster.Default.css'],
];

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of copies) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  cpSync(join(modules, from), target, { recursive: true });
}

const reference = join(app, 'Reference');
mkdirSync(reference, { recursive: true });
for (const file of ['regions.json', 'departements.json', 'communes.json']) {
  cpSync(join(modules, '@etalab/decoupage-administratif/data', file), join(reference, file));
}
console.log('assets copied to', lib, 'and', reference);
