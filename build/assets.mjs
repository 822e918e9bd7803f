// Copies the front-end files the application serves (DSFR, Leaflet) into wwwroot/lib and the
// official administrative lists into the app's Reference folder. Both targets are generated: git ignores them.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
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
// The PDFs of the communication kit are set in Marianne, the State's typeface. The DSFR ships it as
// WOFF (a zlib-compressed TrueType); PDF writers need the TrueType itself, so unwrap it here.
const fonts = join(reference, 'fonts');
mkdirSync(fonts, { recursive: true });
for (const face of ['Marianne-Regular', 'Marianne-Bold']) {
  writeFileSync(join(fonts, `${face}.ttf`), woffToSfnt(readFileSync(join(modules, '@gouvfr/dsfr/dist/fonts', `${face}.woff`))));
}
console.log('assets copied to', lib, 'and', reference);

// WOFF 1.0 (W3C): a header, a table directory, then each table zlib-compressed unless that saves nothing.
function woffToSfnt(woff) {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF file');
  const count = woff.readUInt16BE(12);
  const tables = [];
  for (let i = 0; i < count; i++) {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] =
      [woff.readUInt32BE(at), woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12), woff.readUInt32BE(at + 16)];
    const raw = woff.subarray(offset, offset + compLength);
    tables.push({ tag, checksum, data: compLength < origLength ? inflateSync(raw) : raw });
  }
  let searchRange = 1, entrySelector = 0;
  while (searchRange * 2 <= count) { searchRange *= 2; entrySelector++; }
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(woff.readUInt32BE(4), 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange * 16, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(count * 16 - searchRange * 16, 10);
  const parts = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}
