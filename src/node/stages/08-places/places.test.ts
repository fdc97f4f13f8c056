import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Doc } from '../../doc/doc.js';
import { SitrepError } from '../../errors.js';
import { textStage } from '../01-text/index.js';
import { loadPlaceGazetteer, locativePlace, placesStage } from './index.js';

const gazetteer = loadPlaceGazetteer();
const text = textStage();
const places = placesStage(gazetteer);

function read(body: string): Doc {
  const doc = new Doc(body);
  text.run(doc);
  places.run(doc);
  return doc;
}

/** "surface → placeId" for each place found. */
function found(doc: Doc): string[] {
  return doc.places.map((p) => `${doc.slice(p)} → ${p.placeId}`);
}

describe('places: finding names', () => {
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['cities', 'Drones struck Kharkiv and Odesa overnight.', ['Kharkiv → ukr-kharkiv', 'Odesa → ukr-odesa']],
    ['alias', 'The embassy in Kiev reopened.', ['Kiev → ukr-kyiv']],
    ['country', 'Troops massed in Turkey and Iraq.', ['Turkey → tur', 'Iraq → irq']],
    ['sea with "the"', 'A drone hit a tanker in the Red Sea.', ['Red Sea → sea-red-sea']],
    ['article-only alias', 'Ships were seized in the Gulf.', ['the Gulf → sea-persian-gulf']],
    ['article-only alias needs its article', 'Gulf leaders met in Doha.', ['Doha → qat-doha']],
    ['longest match', 'Shelling hit Gaza City at dawn.', ['Gaza City → pse-gaza-city']],
    [
      'multiword with hyphens',
      'Gangs attacked Port-au-Prince and Croix-des-Bouquets.',
      ['Port-au-Prince → hti-port-au-prince', 'Croix-des-Bouquets → hti-croix-des-bouquets'],
    ],
    [
      'apostrophe variants',
      'Strikes hit Sana’a and Hodeidah.',
      ['Sana’a → yem-sanaa', 'Hodeidah → yem-hodeidah'],
    ],
    ['possessive', "Kyiv's mayor said the metro was hit.", ['Kyiv → ukr-kyiv']],
    [
      'region phrase',
      'Fighting raged in the Dnipropetrovsk region.',
      ['Dnipropetrovsk region → ukr-dnipropetrovsk-oblast'],
    ],
    ['vehicle', 'He spoke to reporters aboard Air Force One.', ['Air Force One → usa-air-force-one']],
    ['site', 'Mortar fire was reported near the Line of Control.', ['Line of Control → x-line-of-control']],
    [
      'strait',
      'Tehran threatened to close the Strait of Hormuz.',
      ['Tehran → irn-tehran', 'Strait of Hormuz → sea-strait-of-hormuz'],
    ],
    [
      'shoal',
      'The standoff at Second Thomas Shoal continued.',
      ['Second Thomas Shoal → x-second-thomas-shoal'],
    ],
    ['The Hague keeps its article', 'Judges in The Hague ruled.', ['The Hague → nld-the-hague']],
    ['lower-case words are not names', 'The gulf between them is wide.', []],
  ];
  for (const [label, sentence, expected] of cases) {
    it(label, () => assert.deepEqual(found(read(sentence)), expected));
  }

  it('gives coordinates, country and kind', () => {
    const [place] = read('Talks were held in Ankara.').places;
    assert.equal(place.name, 'Ankara');
    assert.equal(place.country, 'TUR');
    assert.equal(place.kind, 'city');
    assert.ok(place.lat !== null && Math.abs(place.lat - 39.93) < 0.1);
    assert.ok(place.lon !== null && Math.abs(place.lon - 32.86) < 0.1);
  });

  it('gives seas no country', () => {
    const [place] = read('Patrols continued in the Black Sea.').places;
    assert.equal(place.kind, 'sea');
    assert.equal(place.country, null);
  });

  it('sorts places by start and records the sentence', () => {
    const doc = read('Aid reached Goma. Then fighting spread to Bukavu and Uvira.');
    assert.deepEqual(
      doc.places.map((p) => [doc.slice(p), p.sentence]),
      [
        ['Goma', 0],
        ['Bukavu', 1],
        ['Uvira', 1],
      ],
    );
  });
});

describe('places: disambiguation', () => {
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['Georgia the country by default', 'Protesters rallied in Georgia.', ['Georgia → geo']],
    [
      'Georgia the US state beside a US place',
      'Voters in Georgia and Atlanta went to the polls.',
      ['Georgia → usa-georgia', 'Atlanta → usa-atlanta'],
    ],
    [
      'Georgia the country beside its capital',
      'Police in Tbilisi, Georgia, detained 40.',
      ['Tbilisi → geo-tbilisi', 'Georgia → geo'],
    ],
    ['Tripoli in Libya by default', 'Clashes broke out in Tripoli.', ['Tripoli → lby-tripoli']],
    [
      'Tripoli in Lebanon when Lebanon is named',
      'Clashes broke out in Tripoli, Lebanon.',
      ['Tripoli → lbn-tripoli', 'Lebanon → lbn'],
    ],
    ['person: first name', 'Jordan Bardella spoke at the rally.', []],
    ['person: surname', 'Fans cheered Michael Jordan again.', []],
    ['person: Israel as a given name', 'Defence Minister Israel Katz visited the base.', []],
    ['country as subject stays a place', 'Israel said it would respond.', ['Israel → isr']],
    ['weekday after a name is not a surname', 'Jordan Sunday closed its airspace.', ['Jordan → jor']],
    ['locative use beats the name test', 'Talks in Jordan Monday were delayed.', ['Jordan → jor']],
    ['organisation name', 'The Washington Post reported the deal.', []],
    [
      'Washington the city is still a place',
      'Washington imposed new sanctions.',
      ['Washington → usa-washington'],
    ],
    ['sea name as a modifier of states', 'The Gulf states issued a statement.', []],
    ['common word at sentence start', 'Nice weather returned.', []],
    ['common word after a preposition', 'A truck attack in Nice killed 86.', ['Nice → fra-nice']],
  ];
  for (const [label, sentence, expected] of cases) {
    it(label, () => assert.deepEqual(found(read(sentence)), expected));
  }
});

describe('places: locativePlace', () => {
  /** The place locativePlace picks for the whole sentence, by its text. */
  function picked(sentence: string): string | null {
    const doc = read(sentence);
    const index = locativePlace(doc, 0, doc.tokens.length);
    return index === null ? null : doc.slice(doc.places[index]);
  }
  const cases: ReadonlyArray<readonly [string, string, string | null]> = [
    ['in', 'A car bomb exploded in Mogadishu.', 'Mogadishu'],
    ['in the sea', 'The navy intercepted a boat in the Persian Gulf.', 'Persian Gulf'],
    ['aboard', 'The president signed the order aboard Air Force One.', 'Air Force One'],
    ['near the site', 'Two soldiers were killed near the Line of Control.', 'Line of Control'],
    ['in beats to', 'The minister flew to Doha after talks in Cairo.', 'Cairo'],
    ['in beats from', 'Troops withdrew from Kherson to positions in Mykolaiv.', 'Mykolaiv'],
    ['destination when nothing else', 'The envoy travelled to Riyadh.', 'Riyadh'],
    ['city of', 'Israeli forces raided the West Bank city of Jenin.', null],
    ['in the city of', 'Israeli forces raided homes in the West Bank city of Jenin.', 'West Bank'],
    ['coordinated places share the preposition', 'Strikes were reported in Tyre and Sidon.', 'Tyre'],
    ['north of', 'Shelling hit a village 10 km north of Donetsk.', 'Donetsk'],
    ['near the island of', 'A drone was sighted near the island of Gotland.', 'Gotland'],
    ['off the coast of', 'A vessel was attacked off the coast of Yemen.', 'Yemen'],
    ['in the streets of', 'Crowds gathered in the streets of Mogadishu.', 'Mogadishu'],
    ['through', 'Marchers walked through Mogadishu.', 'Mogadishu'],
    ['no preposition', 'Russia attacked Ukraine.', null],
  ];
  for (const [label, sentence, expected] of cases) {
    it(label, () => assert.equal(picked(sentence), expected));
  }

  it('prefers the place nearest the verb among equals', () => {
    const doc = read('In Basra, officials said a rocket landed in Baghdad.');
    const landed = doc.tokens.findIndex((t) => doc.slice(t) === 'landed');
    const index = locativePlace(doc, 0, doc.tokens.length, landed);
    assert.equal(index === null ? null : doc.places[index].name, 'Baghdad');
  });

  it('a journey is placed where it goes', () => {
    const doc = read(
      'Belarus released detainees after a U.S. envoy travelled to Minsk, the U.S. mission in Vilnius said.',
    );
    const visit = doc.tokens.findIndex((t) => doc.slice(t) === 'visit');
    const index = locativePlace(doc, 0, doc.tokens.length, visit, true);
    assert.equal(index === null ? null : doc.places[index].name, 'Minsk');
  });

  it('keeps to the token range', () => {
    const doc = read('Talks in Oman ended; fighting resumed in Sudan.');
    const semicolon = doc.tokens.findIndex((t) => doc.slice(t) === ';');
    const index = locativePlace(doc, semicolon + 1, doc.tokens.length);
    assert.equal(index === null ? null : doc.places[index].name, 'Sudan');
  });
});

describe('places: gazetteer file', () => {
  const header = '# test\nid\tname\taliases\tkind\tcountry\tlat\tlon\tadmin\n';
  function load(rows: string): void {
    const file = join(tmpdir(), `sitrep-test-places-${process.pid}.tsv`);
    writeFileSync(file, header + rows);
    try {
      loadPlaceGazetteer(file);
    } finally {
      rmSync(file, { force: true });
    }
  }
  function rejects(label: string, row: string, reason: RegExp): void {
    it(label, () =>
      assert.throws(
        () => load(row),
        (e: unknown) =>
          e instanceof SitrepError && e.code === 'E011' && reason.test(String(e.details.reason)),
      ),
    );
  }

  it('loads a good row', () =>
    assert.doesNotThrow(() => load('x-a\tAlpha\tAlfa\tcity\tTUR\t39.9\t32.8\t\n')));
  rejects('latitude out of range', 'x-a\tAlpha\t\tcity\tTUR\t99\t32.8\t\n', /lat/);
  rejects('longitude not a number', 'x-a\tAlpha\t\tcity\tTUR\t39.9\teast\t\n', /lon/);
  rejects('unknown country code', 'x-a\tAlpha\t\tcity\tXYZ\t39.9\t32.8\t\n', /country/);
  rejects('unknown kind', 'x-a\tAlpha\t\ttown\tTUR\t39.9\t32.8\t\n', /kind/);
  rejects('missing coordinates', 'x-a\tAlpha\t\tcity\tTUR\t\t\t\n', /lat/);
  rejects(
    'duplicate id',
    'x-a\tAlpha\t\tcity\tTUR\t39.9\t32.8\t\nx-a\tBeta\t\tcity\tTUR\t39\t32\t\n',
    /duplicate/,
  );

  it('ships at least 1,500 places, each country among them', () => {
    assert.ok(gazetteer.entries.length >= 1500);
    assert.ok(gazetteer.entries.filter((e) => e.kind === 'country').length >= 250);
  });
});

it('an unknown name right after "near" is a place; a date or an owner is not', () => {
  const doc = new Doc('Rebels attacked a camp near Kalehe on Saturday, near Ruhengeri’s edge.', {
    published: '2026-02-02',
  });
  textStage().run(doc);
  placesStage().run(doc);
  assert.deepEqual(
    doc.places.map((p) => p.name),
    ['Kalehe'],
  );
});

it('a site the text names by its kind after the name is a place', () => {
  const doc = new Doc('Soldiers fired across the Angoor Adda crossing.', { published: '2026-02-02' });
  textStage().run(doc);
  placesStage().run(doc);
  assert.deepEqual(
    doc.places.map((p) => p.name),
    ['Angoor Adda'],
  );
});

it('who holds a site is no name of it', () => {
  const doc = new Doc('Jets struck the Houthi-held port of Hodeidah.', { published: '2026-02-02' });
  textStage().run(doc);
  placesStage().run(doc);
  assert.deepEqual(
    doc.places.map((p) => p.name),
    ['Hodeidah'],
  );
});

it('a locality the text introduces by kind is a place without coordinates', () => {
  const doc = new Doc('Troops entered the village of Zolotarivka on Friday.', { published: '2026-02-02' });
  textStage().run(doc);
  placesStage().run(doc);
  const place = doc.places.find((p) => p.name === 'Zolotarivka');
  assert.ok(place, 'Zolotarivka found');
  assert.equal(doc.text.slice(place.start, place.end), 'Zolotarivka');
  assert.equal(place.lat, null);
});
