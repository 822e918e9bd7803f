// Checks an open-data answer with a third-party parser: node validate.mjs <ics|geojson|rss|openapi> <file>
// Exits 1 with the parser's message when the file is not valid; prints a one-line summary otherwise.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [format, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

function fail(message) {
  console.error(`${format}: ${message}`);
  process.exit(1);
}

const checks = {
  async ics() {
    const { default: ICAL } = await import('ical.js');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    if (events.length === 0) fail('no VEVENT');
    const uids = new Set();
    for (const vevent of events) {
      const event = new ICAL.Event(vevent);
      if (!event.uid || uids.has(event.uid)) fail(`missing or repeated UID ${event.uid}`);
      uids.add(event.uid);
      if (!vevent.getFirstPropertyValue('dtstamp')) fail(`no DTSTAMP in ${event.uid}`);
      if (!event.startDate || !event.endDate || event.endDate.compare(event.startDate) < 0) fail(`bad dates in ${event.uid}`);
      if (!event.startDate.isDate && event.startDate.zone.tzid !== 'UTC') fail(`start of ${event.uid} is not UTC`);
    }
    for (const line of text.split('\r\n')) {
      if (Buffer.byteLength(line, 'utf8') > 75) fail(`line longer than 75 octets: ${line}`);
    }
    return `${events.length} VEVENT`;
  },
  async geojson() {
    const { check } = require('@placemarkio/check-geojson');
    const collection = check(text);
    if (collection.type !== 'FeatureCollection') fail(`type ${collection.type}`);
    for (const feature of collection.features) {
      const [lon, lat] = feature.geometry.coordinates;
      if (lon < -180 || lon > 180 || lat < -90 || lat > 90) fail(`position out of range in feature ${feature.id}`);
    }
    return `${collection.features.length} features`;
  },
  async rss() {
    const { XMLParser, XMLValidator } = await import('fast-xml-parser');
    const valid = XMLValidator.validate(text);
    if (valid !== true) fail(`${valid.err.msg} (line ${valid.err.line})`);
    const rss = new XMLParser({ ignoreAttributes: false, isArray: name => name === 'item' }).parse(text).rss;
    if (rss?.['@_version'] !== '2.0') fail('not RSS 2.0');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description']) {
      if (!channel?.[field]) fail(`channel without ${field}`);
    }
    const items = channel.item ?? [];
    for (const item of items) {
      if (!item.title || !item.link || !item.guid) fail('item without title, link or guid');
      if (Number.isNaN(Date.parse(item.pubDate))) fail(`bad pubDate ${item.pubDate}`);
    }
    return `${items.length} items`;
  },
  async openapi() {
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
    const api = await SwaggerParser.validate(file);
    return `${Object.keys(api.paths).length} paths, OpenAPI ${api.openapi}`;
  },
};

if (!checks[format]) fail('unknown format');
try {
  console.log(await checks[format]());
} catch (error) {
  fail(error.message ?? String(error));
}
