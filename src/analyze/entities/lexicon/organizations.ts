/** Organisations: news agencies and outlets (also the venues of quotes), well-known institutions, and head words. */

/** News agencies, broadcasters and outlets, lower-cased: "Peskov told TASS" → venue TASS. */
export const AGENCIES: ReadonlySet<string> = new Set([
  'tass', 'ria novosti', 'ria', 'interfax', 'russia today', 'rt', 'sputnik', 'izvestia', 'kommersant', 'vedomosti',
  'reuters', 'afp', 'agence france-presse', 'ap', 'associated press', 'the associated press', 'bloomberg', 'axios',
  'dpa', 'efe', 'ansa', 'xinhua', 'anadolu', 'ukrinform', 'unian', 'kyiv independent', 'bbc', 'cnn', 'fox news', 'nbc',
  'cbs', 'abc', 'msnbc', 'npr', 'pbs', 'al jazeera', 'politico', 'the new york times', 'new york times', 'the times',
  'the washington post', 'washington post', 'the wall street journal', 'wall street journal', 'financial times',
  'the guardian', 'guardian', 'the economist', 'the post', 'new york post', 'the new york post', 'breitbart', 'breitbart news',
  'the hill', 'time', 'slate', 'drudge report', 'cnbc', 'usa today', 'the atlantic', 'vox', 'buzzfeed', 'huffington post',
  'the daily caller', 'the charlotte observer', 'pti', 'ani', 'ndtv', 'the hindu', 'hindustan times', 'times of india',
  'yonhap', 'kyodo', 'al arabiya', 'le monde', 'der spiegel', 'channel one', 'rossiya', 'zvezda', 'tv rain', 'meduza',
]);

/** Institutions that are organisations by name alone (the Kremlin speaks, the Pentagon denies). */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  'kremlin', 'white house', 'pentagon', 'state department', 'congress', 'senate', 'house', 'duma', 'state duma',
  'nato', 'un', 'united nations', 'eu', 'european union', 'european commission', 'imf', 'world bank', 'who', 'opec',
  'fbi', 'cia', 'nsa', 'kgb', 'fsb', 'sbu', 'gru', 'iaea', 'osce', 'icc', 'supreme court', 'downing street', 'elysee',
  'verkhovna rada', 'rada', 'secret service', 'nypd', 'gop', 'dnc', 'rnc', 'hamas', 'hezbollah', 'taliban', 'wagner',
  'gazprom', 'rosatom', 'naftogaz', 'energoatom', 'google', 'facebook', 'twitter', 'apple', 'microsoft', 'amazon',
]);

/** Head words that make a capitalised run an organisation ("Ministry of Defence", "Democratic Party"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'agency', 'committee', 'commission', 'council', 'party', 'parliament', 'government',
  'office', 'service', 'services', 'army', 'navy', 'forces', 'force', 'guard', 'police', 'court', 'university',
  'college', 'institute', 'foundation', 'association', 'union', 'bank', 'company', 'corporation', 'corp', 'inc',
  'group', 'fund', 'news', 'times', 'post', 'journal', 'press', 'network', 'television', 'radio', 'tv', 'organization',
  'organisation', 'administration', 'campaign', 'board', 'bureau', 'authority', 'assembly', 'cabinet', 'staff',
  'center', 'centre', 'coalition', 'alliance', 'federation', 'movement', 'brigade', 'battalion', 'fleet', 'club',
  'church', 'school', 'hospital', 'senate', 'house', 'congress', 'duma', 'rada', 'observer', 'tribune', 'herald',
  'gazette', 'daily', 'magazine', 'channel', 'review', 'report',
]);
