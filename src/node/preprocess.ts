// npm run preprocess: seeds/*.txt -> public/data/dateline.json (+ basemap.json) for the app.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../core/pipeline/index';
import { geoparse } from '../core/geoparser/index';
import { buildBasemap, BASEMAP_ATTRIBUTIONS } from './basemap';
import { gazetteerAttribution } from './gazetteer/attribution';
import { loadGazetteer } from './gazetteer/load';
import { readArticles } from './io/read-articles';
import { writeAtomically } from './io/write-atomically';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: join('public', 'data') },
  },
});
const seeds = values.seeds;
const out = values.out;

if (!existsSync(seeds)) fail(`No folder "${seeds}": put your articles (.txt files) there.`);
const { sources, rejected: unreadable } = readArticles(seeds);
if (sources.length === 0 && unreadable.length === 0) {
  fail(
    `No articles in "${seeds}": add .txt files (first line the title, blank lines between paragraphs).`,
  );
}

const gazetteer = loadGazetteer();
const { data, rejected } = runPipeline(sources, (text) => geoparse(text, gazetteer), [
  ...gazetteerAttribution(),
  ...BASEMAP_ATTRIBUTIONS,
]);
for (const { file, reason } of [...unreadable, ...rejected]) {
  console.error(`skipped ${join(seeds, file)}: ${reason}`);
}
if (data.articles.length === 0) fail(`No usable article in "${seeds}"; nothing was written.`);

const dataPath = join(out, 'dateline.json');
writeAtomically(dataPath, JSON.stringify(data));
writeAtomically(join(out, 'basemap.json'), JSON.stringify(buildBasemap()));
console.log(
  `${data.articles.length} article(s), ${data.places.length} places, ${data.mentions.length} mentions -> ${dataPath}`,
);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
