/** Place names: countries, capitals, large cities and regions often in the news, and the adjectives of countries. */

/** Lower-cased place names (single or multi-word) that are places wherever they appear. */
export const PLACES: ReadonlySet<string> = new Set([
  // countries
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'bulgaria', 'cambodia', 'canada', 'chile', 'china',
  'colombia', 'croatia', 'cuba', 'cyprus', 'czechia', 'czech republic', 'denmark', 'ecuador', 'egypt', 'estonia', 'ethiopia',
  'finland', 'france', 'georgia', 'germany', 'ghana', 'greece', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq',
  'ireland', 'israel', 'italy', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'kyrgyzstan', 'latvia',
  'lebanon', 'libya', 'lithuania', 'luxembourg', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'montenegro',
  'morocco', 'myanmar', 'nepal', 'netherlands', 'new zealand', 'nigeria', 'north korea', 'norway', 'oman', 'pakistan',
  'palestine', 'panama', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'saudi arabia',
  'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea', 'spain', 'sri lanka', 'sudan',
  'sweden', 'switzerland', 'syria', 'taiwan', 'tajikistan', 'thailand', 'tunisia', 'turkey', 'turkiye', 'turkmenistan',
  'uganda', 'ukraine', 'united arab emirates', 'uae', 'united kingdom', 'uk', 'britain', 'great britain', 'england',
  'scotland', 'wales', 'united states', 'us', 'u.s.', 'usa', 'america', 'uzbekistan', 'venezuela', 'vietnam', 'yemen',
  'zimbabwe', 'europe', 'asia', 'africa', 'crimea', 'gaza', 'west bank', 'chechnya', 'donbas', 'donbass',
  // capitals and large cities
  'moscow', 'kyiv', 'kiev', 'washington', 'london', 'paris', 'berlin', 'beijing', 'tokyo', 'new delhi', 'delhi',
  'abu dhabi', 'dubai', 'riyadh', 'doha', 'ankara', 'istanbul', 'tehran', 'baghdad', 'damascus', 'beirut', 'cairo',
  'jerusalem', 'tel aviv', 'warsaw', 'minsk', 'vilnius', 'riga', 'tallinn', 'helsinki', 'stockholm', 'oslo',
  'copenhagen', 'brussels', 'amsterdam', 'the hague', 'geneva', 'vienna', 'rome', 'madrid', 'lisbon', 'athens',
  'budapest', 'prague', 'bucharest', 'sofia', 'belgrade', 'chisinau', 'tbilisi', 'yerevan', 'baku', 'astana',
  'islamabad', 'kabul', 'mumbai', 'seoul', 'pyongyang', 'manila', 'jakarta', 'bangkok', 'hanoi', 'canberra', 'sydney',
  'ottawa', 'toronto', 'mexico city', 'brasilia', 'buenos aires', 'new york', 'los angeles', 'chicago', 'charlotte',
  'st. petersburg', 'saint petersburg', 'kharkiv', 'odesa', 'odessa', 'lviv', 'dnipro', 'mariupol', 'kherson',
  'zaporizhzhia', 'zaporizhia', 'zaporozhye', 'dnipropetrovsk', 'donetsk', 'luhansk', 'lugansk', 'sumy', 'chernihiv',
  'pokrovsk', 'bakhmut', 'avdiivka', 'belgorod', 'kursk', 'bryansk', 'grozny', 'sevastopol', 'miami', 'florida',
  'texas', 'california', 'ohio', 'pennsylvania', 'virginia', 'iowa', 'nevada', 'arizona', 'michigan', 'wisconsin',
  'north carolina', 'new hampshire', 'colorado', 'alaska', 'anchorage', 'geneva', 'davos', 'munich', 'istanbul',
]);

/** Country adjectives and demonyms → the country ("Ukrainian President" → Ukraine); they are roles, not entities. */
export const ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['russian', 'Russia'], ['ukrainian', 'Ukraine'], ['american', 'United States'], ['british', 'United Kingdom'],
  ['french', 'France'], ['german', 'Germany'], ['chinese', 'China'], ['indian', 'India'], ['israeli', 'Israel'],
  ['iranian', 'Iran'], ['turkish', 'Turkey'], ['polish', 'Poland'], ['belarusian', 'Belarus'], ['european', 'Europe'],
  ['emirati', 'United Arab Emirates'], ['saudi', 'Saudi Arabia'], ['syrian', 'Syria'], ['japanese', 'Japan'],
  ['korean', 'Korea'], ['italian', 'Italy'], ['spanish', 'Spain'], ['canadian', 'Canada'], ['mexican', 'Mexico'],
  ['chechen', 'Chechnya'], ['palestinian', 'Palestine'], ['egyptian', 'Egypt'], ['qatari', 'Qatar'], ['dutch', 'Netherlands'],
  ['swiss', 'Switzerland'], ['swedish', 'Sweden'], ['finnish', 'Finland'], ['georgian', 'Georgia'], ['soviet', 'Soviet Union'],
  ['western', 'West'], ['democratic', ''], ['republican', ''], ['muslim', ''], ['christian', ''], ['islamic', ''],
]);

/** Head words that make a capitalised run a place ("Zaporizhzhia region", "Gulf of Mexico"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'region', 'oblast', 'province', 'county', 'city', 'state', 'district', 'island', 'islands', 'river', 'sea', 'gulf',
  'mountains', 'valley', 'bay', 'peninsula', 'street', 'square', 'avenue', 'airport', 'plant', 'border',
]);
