/** Word lists for boilerplate cleanup: the lines news pages and copied articles carry that are not news. */

/** Whole blocks that mark an ad slot ("Advertisement", "Story continues below advertisement"). */
export const AD_LINES = [
  'advertisement', 'advertisements', 'advertising', 'advert', 'adverts', 'ad', 'ads', 'sponsored', 'sponsored content',
  'paid content', 'promoted', 'promoted content', 'story continues below advertisement', 'story continues below',
  'article continues below advertisement', 'article continues below', 'continue reading below', 'continue reading',
  'continue reading the main story', 'scroll to continue with content', 'scroll down to continue reading',
  'content continues below', 'ad feedback', 'skip advertisement', 'remove ads', 'anzeige', 'publicité', 'publicidad',
  'werbung', 'pubblicità', 'iklan', 'reklame', 'reklama', 'anuncio', 'publicidade', 'реклама', '广告', '광고', '広告',
];

/** Interface words left in a body by page widgets ("Sign In", "Close", "Caption", "Back to top"). */
export const UI_LINES = [
  'sign in', 'sign up', 'log in', 'login', 'log out', 'register', 'menu', 'close', 'open', 'search', 'caption', 'expand',
  'enlarge', 'next', 'previous', 'prev', 'skip to content', 'skip to main content', 'back to top', 'loading', 'show more',
  'see more', 'view comments', 'hide caption', 'toggle caption', 'image', 'photo', 'video', 'play video', 'audio',
  'listen to this article', 'view gallery', 'view slideshow', 'full screen', 'fullscreen', 'more', 'less', 'cancel',
];

/** Leads of "read this too" teasers ("Also read: …", "READ MORE | …"). */
export const ALSO_READ_LEADS = [
  'also read', 'read also', 'also see', 'see also', 'read more', 'more on this', 'related', 'related stories',
  'related articles', 'related news', 'related coverage', 'recommended', 'recommended for you', 'must read', 'must watch',
  'don\'t miss', 'do not miss', 'you may also like', 'you might also like', 'trending', 'trending now', 'watch',
  'watch video', 'watch now', 'listen', 'more from', 'more stories', 'top stories', 'latest news', 'breaking news',
  'editor\'s picks', 'what to read next', 'read next', 'suggested reading', 'further reading', 'in pictures',
  'lire aussi', 'à lire aussi', 'lesen sie auch', 'mehr zum thema', 'leia também', 'lee también', 'leggi anche',
];

/** Phrases of newsletter, subscription and app promotion boxes ("Sign up for our newsletter"). */
export const PROMO_PATTERNS = [
  /\bsign(?:ing)? up\b/i, /\bsubscribe\b/i, /\bnewsletters?\b/i, /\bin your inbox\b/i, /\bclick(?:ing)? here\b/i,
  /\bdelivered (?:to|through|straight to) your\b/i, /\bdownload (?:our|the) app\b/i, /\balready a (?:subscriber|member)\b/i,
  /\b(?:log|sign) ?in to (?:continue|read|comment)\b/i, /\bsupport (?:our|independent|quality) journalism\b/i,
  /\bbecome a (?:member|subscriber|supporter)\b/i, /\bsubscription\b/i, /\bunlimited (?:digital )?access\b/i,
  /\bfree trial\b/i, /\bjoin (?:our|the) (?:[\w-]+ ){0,3}(?:forums?|community|conversation|discussion|mailing list)\b/i, /\bon the go\b.*\bclick/i, /\bget (?:the|our) (?:\w+ )?app\b/i, /\bnotifications?\b.*\b(?:turn on|enable)\b/i,
];

/** Phrases of share and follow prompts ("Follow us on X", "Share this article"). */
export const SHARE_PATTERNS = [
  /^share(?: this)?(?: (?:article|story|post|page))?(?: (?:on|via) [\w ]+)?$/i,
  /^(?:please )?follow (?:us|@?[\w.]+(?: \w+){0,3}) on (?:twitter|x|facebook|instagram|linkedin|google news|whatsapp|telegram|threads|youtube|tiktok)\b/i,
  /^(?:join|follow) (?:our|us on|the) (?:\w+ )?(?:whatsapp|telegram|google news|youtube)\b/i,
  /^(?:like|find) us on facebook\b/i, /^(?:click|tap) (?:here )?to share\b/i, /^share (?:on|via|to) /i,
  /^(?:copy link|link copied|print this (?:article|page)|email this (?:article|story)|share this)$/i,
];

/** Names of social networks and share buttons; a block made only of them is a share bar. */
export const SHARE_WORDS = new Set([
  'share', 'shares', 'tweet', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'pinterest',
  'pin', 'pint', 'reddit', 'telegram', 'messenger', 'copy', 'link', 'copy link', 'comments', 'comment', 'save', 'flipboard',
  'tumblr', 'sms', 'mail', 'baixar', 'download', 'compartilhar', 'partager', 'teilen', 'compartir', 'instagram', 'youtube',
]);

/** Professions of a reporter's end-of-article biography ("… is a journalist with over five years of experience"). */
export const BIO_PROFESSIONS = [
  'journalist', 'reporter', 'correspondent', 'writer', 'editor', 'columnist', 'contributor', 'author', 'producer',
  'analyst', 'freelancer', 'intern', 'photographer', 'photojournalist', 'anchor', 'blogger', 'critic', 'commentator',
  'researcher', 'novelist', 'broadcaster', 'presenter', 'staffer', 'sub-editor', 'copy editor', 'news writer',
];
