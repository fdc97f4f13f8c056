/**
 * A small knowledge base for tests, written here so tests do not depend on the shipped data
 * (which analysts edit). Invented people are marked so; real office-holders keep real facts.
 */
import type { Country, KnowledgeBaseData, Person } from '../kb/types.js';

function country(
  iso3: string,
  name: string,
  aliases: string[],
  demonyms: string[],
  seats: string[],
): Country {
  return { iso3, cameo: iso3, name, aliases, demonyms, seats, region: '' };
}

/** A person holding one office of a state from `from` (to `to`, or still). */
function person(
  name: string,
  aliases: string[],
  gender: 'm' | 'f',
  title: string,
  country: string,
  from: string,
  to: string | null = null,
): Person {
  return { name, aliases, gender, roles: [{ title, country, org: null, sector: 'GOV', from, to }] };
}

/** A person holding one office of an international organisation. */
function official(
  name: string,
  aliases: string[],
  gender: 'm' | 'f',
  title: string,
  org: string,
  from: string,
): Person {
  return { name, aliases, gender, roles: [{ title, country: null, org, sector: 'IGO', from, to: null }] };
}

export function fixtureKnowledgeBase(): KnowledgeBaseData {
  return {
    countries: [
      country('USA', 'United States', ['U.S.', 'US', 'America'], ['American', 'Americans'], ['Washington']),
      country('IRN', 'Iran', ['Islamic Republic of Iran'], ['Iranian', 'Iranians'], ['Tehran']),
      country('TUR', 'Türkiye', ['Turkey'], ['Turkish', 'Turks'], ['Ankara']),
      country('QAT', 'Qatar', [], ['Qatari', 'Qataris'], ['Doha']),
      country('EGY', 'Egypt', [], ['Egyptian', 'Egyptians'], ['Cairo']),
      country('ISR', 'Israel', [], ['Israeli', 'Israelis'], ['Jerusalem']),
      country('SDN', 'Sudan', [], ['Sudanese'], ['Khartoum', 'Port Sudan']),
      country('LBN', 'Lebanon', [], ['Lebanese'], ['Beirut']),
    ],
    institutions: [
      { name: 'White House', aliases: [], country: 'USA', sector: 'GOV' },
      { name: 'Pentagon', aliases: [], country: 'USA', sector: 'MIL' },
      { name: 'IDF', aliases: ['Israel Defense Forces'], country: 'ISR', sector: 'MIL' },
    ],
    organizations: [
      {
        id: 'UN',
        name: 'United Nations',
        aliases: ['U.N.'],
        kind: 'IGO',
        sector: 'IGO',
        country: null,
        cameo: 'IGOUNO',
      },
      {
        id: 'Hezbollah',
        name: 'Hezbollah',
        aliases: ['Hizbollah'],
        kind: 'NSAG',
        sector: 'REB',
        country: 'LBN',
        cameo: 'LBNREB',
      },
      {
        id: 'Wagner Group',
        name: 'Wagner Group',
        aliases: ['Wagner'],
        kind: 'NSAG',
        sector: 'UAF',
        country: 'RUS',
        cameo: 'RUSUAFWAG',
      },
      {
        id: 'the West',
        name: 'the West',
        aliases: ['Western powers'],
        kind: 'IGO',
        sector: 'GOV',
        country: null,
        cameo: 'WST',
      },
      {
        id: 'ISW',
        name: 'Institute for the Study of War',
        aliases: [],
        kind: 'NGO',
        sector: 'NGO',
        country: null,
        cameo: 'NGO',
      },
    ],
    people: [
      person('Hakan Fidan', ['Fidan'], 'm', 'Foreign Minister', 'TUR', '2023-06-04'),
      person('Abbas Araghchi', ['Araghchi'], 'm', 'Foreign Minister', 'IRN', '2024-08-21'),
      person(
        'Hossein Amir-Abdollahian',
        ['Amir-Abdollahian'],
        'm',
        'Foreign Minister',
        'IRN',
        '2021-08-25',
        '2024-05-19',
      ),
      person('Donald Trump', ['Trump'], 'm', 'President', 'USA', '2025-01-20'),
      official(
        'Antonio Guterres',
        ['Guterres', 'António Guterres'],
        'm',
        'Secretary-General',
        'UN',
        '2017-01-01',
      ),
      official('Kaja Kallas', ['Kallas'], 'f', 'High Representative', 'UN', '2024-12-01'),
    ],
    agents: [
      { term: 'official', plural: 'officials', sector: 'GOV' },
      { term: 'army', plural: 'armies', sector: 'MIL' },
      { term: 'troops', plural: 'troops', sector: 'MIL' },
      { term: 'administration', plural: 'administrations', sector: 'GOV' },
      { term: 'diplomat', plural: 'diplomats', sector: 'GOV' },
      { term: 'group', plural: 'groups', sector: 'REB' },
      { term: 'rebel', plural: 'rebels', sector: 'REB' },
      { term: 'police', plural: 'police', sector: 'COP' },
      { term: 'hostage', plural: 'hostages', sector: 'CVL' },
      { term: 'protester', plural: 'protesters', sector: 'OPP' },
      { term: 'deputy', plural: 'deputies', sector: 'LEG' },
    ],
    titles: [
      { term: 'foreign minister', sector: 'GOV', role: 'Foreign Minister' },
      { term: 'minister', sector: 'GOV', role: 'Minister' },
      { term: 'president', sector: 'GOV', role: 'President' },
      { term: 'spokesman', sector: 'GOV', role: 'Spokesman' },
      { term: 'prince', sector: 'GOV', role: 'Prince' },
      { term: 'envoy', sector: 'GOV', role: 'Envoy' },
      { term: 'chief of staff', sector: 'MIL', role: 'Chief of Staff' },
      { term: 'lt. gen.', sector: 'MIL', role: 'Lieutenant General' },
      { term: 'secretary-general', sector: 'IGO', role: 'Secretary-General' },
    ],
    outlets: [{ name: 'Reuters', aliases: [], country: 'GBR', state: false }],
  };
}
