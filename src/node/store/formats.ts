/**
 * Export of merged events in other event datasets' layouts: GDELT 2.0 (61 tab-separated
 * columns), ICEWS (20 columns), PLOVER JSON Lines, a plain CSV, and sitrep's own JSON Lines
 * (one merged event per line with its reports). Codes: sitrep writes ISO 3166-1 alpha-3
 * country codes where GDELT writes FIPS 10-4 (geography) — stated in the CLI help and README.
 */
import { dataPath, readTsv } from '../data/files.js';
import type { MergedEvent, Report } from './types.js';

export type ExportFormat = 'gdelt' | 'icews' | 'plover' | 'csv' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gdelt', 'icews', 'plover', 'csv', 'jsonl'];

const ACTOR_FIELDS = [
  'Code',
  'Name',
  'CountryCode',
  'KnownGroupCode',
  'EthnicCode',
  'Religion1Code',
  'Religion2Code',
  'Type1Code',
  'Type2Code',
  'Type3Code',
];
const GEO_FIELDS = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/** The GDELT 2.0 event table's columns, in order (GDELT 2.0 Event Database codebook). */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...ACTOR_FIELDS.map((f) => `Actor1${f}`),
  ...ACTOR_FIELDS.map((f) => `Actor2${f}`),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...GEO_FIELDS.map((f) => `Actor1Geo_${f}`),
  ...GEO_FIELDS.map((f) => `Actor2Geo_${f}`),
  ...GEO_FIELDS.map((f) => `ActionGeo_${f}`),
  'DATEADDED',
  'SOURCEURL',
];

/** ICEWS coded event data columns (Harvard Dataverse release), in order. */
export const ICEWS_COLUMNS: readonly string[] = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
];

export const CSV_COLUMNS: readonly string[] = [
  'id',
  'date_start',
  'date_end',
  'source_key',
  'source_code',
  'source_name',
  'target_key',
  'target_code',
  'target_name',
  'cameo',
  'plover',
  'quad',
  'goldstein',
  'factuality',
  'place',
  'place_country',
  'lat',
  'lon',
  'reports',
  'articles',
  'outlets',
  'stories',
  'first_report',
  'last_report',
  'url',
  'evidence',
];

type Cell = string | number | null;

/** Tab-separated cells: tabs and line breaks inside a value would break the row, so they become spaces. */
function tsv(cells: readonly Cell[]): string {
  return cells.map((c) => (c === null ? '' : String(c).replace(/[\t\r\n]+/g, ' '))).join('\t');
}

/** RFC 4180: quote a cell that holds a comma, quote or line break; double its quotes. */
function csv(cells: readonly Cell[]): string {
  return cells
    .map((c) => {
      const s = c === null ? '' : String(c);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}

const compact = (date: string | null): string => (date ? date.replace(/-/g, '') : '');

/** The event's day, or — for an undated event — the day it was first reported. */
function eventDate(e: MergedEvent): string {
  return e.dateStart ?? e.firstReport.slice(0, 10);
}

/** A CAMEO actor code's role part: "IRNGOV" → "GOV" (the first three letters are the country). */
function typeCode(code: string | null, country: string | null): string {
  if (!code || !country || !code.startsWith(country)) return '';
  return code.slice(country.length, country.length + 3);
}

function actorCells(code: string | null, name: string | null, key: string, country: string | null): Cell[] {
  // A key that is not the country is an organisation ("UN", "Hezbollah"): GDELT's known-group slot.
  const group = key && key !== country && !key.startsWith('~') ? key : '';
  return [code, name?.toUpperCase() ?? null, country, group, '', '', '', typeCode(code, country), '', ''];
}

export function gdeltRow(e: MergedEvent): string {
  const date = eventDate(e);
  const [y, m, d] = date.split('-').map(Number);
  // GDELT's FractionDate: YYYY + (MONTH * 30 + DAY) / 365, four decimals.
  const fraction = (y + (m * 30 + d) / 365).toFixed(4);
  const hasPlace = e.placeName !== null || e.lat !== null;
  // Geo type: 1 country, 4 world city/landmark (sitrep resolves places to a point or a country).
  const geoType = !hasPlace ? '' : e.lat !== null ? 4 : 1;
  return tsv([
    e.id,
    compact(date),
    compact(date).slice(0, 6),
    y,
    fraction,
    ...actorCells(e.sourceCode, e.sourceName, e.sourceKey, e.sourceCountry),
    ...actorCells(e.targetCode, e.targetName, e.targetKey, e.targetCountry),
    e.firstSentence === 0 ? 1 : 0,
    e.cameo,
    e.cameo.slice(0, 3),
    e.cameoRoot,
    e.quad,
    e.goldstein,
    e.reports,
    e.outlets,
    e.articles,
    '',
    ...GEO_FIELDS.map(() => ''),
    ...GEO_FIELDS.map(() => ''),
    geoType,
    e.placeName,
    e.placeCountry,
    '',
    '',
    e.lat,
    e.lon,
    '',
    `${compact(e.firstReport.slice(0, 10))}000000`,
    e.firstUrl,
  ]);
}

let cameoNames: Map<string, string> | null = null;

/** CAMEO code names from data/events/cameo.tsv, loaded on first use. */
function cameoName(code: string): string {
  if (!cameoNames) {
    cameoNames = new Map(
      readTsv(dataPath('events/cameo.tsv'), ['code', 'name']).map((r) => [r.cells.code, r.cells.name]),
    );
  }
  return cameoNames.get(code) ?? cameoNames.get(code.slice(0, 3)) ?? cameoNames.get(code.slice(0, 2)) ?? '';
}

export function icewsRow(e: MergedEvent, storyId: number): string {
  return tsv([
    e.id,
    eventDate(e),
    e.sourceName,
    typeCode(e.sourceCode, e.sourceCountry),
    e.sourceCountry,
    cameoName(e.cameo),
    e.cameo,
    e.goldstein,
    e.targetName,
    typeCode(e.targetCode, e.targetCountry),
    e.targetCountry,
    storyId,
    e.firstSentence + 1,
    e.firstOutlet,
    e.placeName,
    '',
    '',
    e.placeCountry,
    e.lat,
    e.lon,
  ]);
}

function ploverEntity(code: string | null, name: string | null, country: string | null, key: string) {
  const sector = typeCode(code, country);
  return {
    code: country ?? (key.startsWith('~') ? null : key) ?? code,
    ...(sector ? { sector } : {}),
    entity_text: name,
  };
}

/** One PLOVER record (PLOVER manual, "JSON data fields"); null for CAMEO codes PLOVER does not cover. */
export function ploverRecord(e: MergedEvent, codedDate: string): Record<string, unknown> | null {
  if (!e.plover) return null;
  return {
    id: `sitrep-${e.id}`,
    has_event: true,
    date: eventDate(e),
    ...(e.dateEnd && e.dateEnd !== e.dateStart ? { enddate: e.dateEnd } : {}),
    actor: [ploverEntity(e.sourceCode, e.sourceName, e.sourceCountry, e.sourceKey)],
    recipient: e.targetKey ? [ploverEntity(e.targetCode, e.targetName, e.targetCountry, e.targetKey)] : [],
    event: [e.plover],
    ...(e.ploverMode ? { mode: [e.ploverMode] } : {}),
    ...(e.placeName || e.lat !== null
      ? {
          event_loc: {
            extracted_place: e.placeName,
            lat: e.lat,
            lon: e.lon,
            country_code: e.placeCountry,
          },
        }
      : {}),
    event_text: [e.evidence],
    ...(e.quad ? { quad_code: e.quad } : {}),
    text_info: { sequence: e.firstSentence },
    cite_info: { url: e.firstUrl, publication: e.firstOutlet },
    coder: 'sitrep',
    coded_date: codedDate,
    // Named fields beyond the manual's list, which it allows.
    cameo: e.cameo,
    goldstein: e.goldstein,
    factuality: e.factuality,
    reports: e.reports,
    outlets: e.outlets,
  };
}

export function csvRow(e: MergedEvent): string {
  return csv([
    e.id,
    e.dateStart,
    e.dateEnd,
    e.sourceKey,
    e.sourceCode,
    e.sourceName,
    e.targetKey,
    e.targetCode,
    e.targetName,
    e.cameo,
    e.plover,
    e.quad,
    e.goldstein,
    e.factuality,
    e.placeName,
    e.placeCountry,
    e.lat,
    e.lon,
    e.reports,
    e.articles,
    e.outlets,
    e.stories,
    e.firstReport,
    e.lastReport,
    e.firstUrl,
    e.evidence,
  ]);
}

export function jsonlRecord(e: MergedEvent, reports: readonly Report[]): string {
  return JSON.stringify({ ...e, reportList: reports });
}

export function headerLine(format: ExportFormat): string | null {
  if (format === 'gdelt') return tsv(GDELT_COLUMNS);
  if (format === 'icews') return tsv(ICEWS_COLUMNS);
  if (format === 'csv') return csv(CSV_COLUMNS);
  return null;
}
