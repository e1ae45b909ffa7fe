/** Malformed, hostile and oversized HTTP requests, shared by the in-process test and the load bench (bench/robustness.ts). */

/** One request: method, raw path (not normalised), headers, body. */
export interface HostileRequest {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Read leniently by design (any status below 500 is right), e.g. a broken %-escape decoded as text. */
  lenient?: boolean;
}

const json = { 'content-type': 'application/json' };

/** A multipart body whose closing boundary is missing (a truncated upload). */
function brokenMultipart(): { headers: Record<string, string>; body: string } {
  return {
    headers: { 'content-type': 'multipart/form-data; boundary=XyZ' },
    body: '--XyZ\r\nContent-Disposition: form-data; name="files"; filename="../../etc/passwd"\r\nContent-Type: text/plain\r\n\r\nHarbour talks resume.\r\n--Xy',
  };
}

/** Requests that still get a 500 today (none at present); kept apart so the load bench can count them. */
export function knownFailures(): HostileRequest[] {
  return [];
}

/** The hostile requests; every one must be answered with a 4xx. `big` is the oversized body length in bytes. */
export function hostileRequests(big: number): HostileRequest[] {
  const long = 'a'.repeat(8_000);
  return [
    { label: 'query over 200 characters', method: 'GET', path: `/api/stories?q=${long}` },
    { label: 'non-numeric limit', method: 'GET', path: '/api/stories?limit=abc' },
    { label: 'negative limit', method: 'GET', path: '/api/stories?limit=-5' },
    { label: 'huge offset', method: 'GET', path: '/api/stories?offset=1e309' },
    { label: 'broken percent-encoding', method: 'GET', path: '/api/stories?q=%E0%A4%A', lenient: true },
    { label: 'unknown story', method: 'GET', path: `/api/stories/${'x'.repeat(300)}` },
    { label: 'story id with traversal', method: 'GET', path: '/api/stories/..%2F..%2Fetc%2Fpasswd' },
    { label: 'story page of unknown id', method: 'GET', path: '/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
    { label: 'asset traversal', method: 'GET', path: '/assets/..%2F..%2Fpackage.json' },
    { label: 'asset unknown', method: 'GET', path: '/assets/%2e%2e', lenient: true },
    { label: 'unknown route', method: 'GET', path: `/${long}` },
    { label: 'unknown job', method: 'GET', path: '/api/ingest/not-a-job' },
    { label: 'citation with bad span', method: 'GET', path: '/articles/unknown?start=-1&end=1e99' },
    { label: 'live stream bad id', method: 'GET', path: `/api/live/stories/${'y'.repeat(400)}` },
    { label: 'PUT on stories', method: 'PUT', path: '/api/stories', headers: json, body: '{}' },
    { label: 'DELETE on a story', method: 'DELETE', path: '/api/stories/x' },
    { label: 'PATCH on ingest', method: 'PATCH', path: '/api/ingest', headers: json, body: '{}' },
    { label: 'ingest without content type', method: 'POST', path: '/api/ingest', body: 'hello' },
    { label: 'ingest malformed JSON', method: 'POST', path: '/api/ingest', headers: json, body: '{"files": [' },
    { label: 'ingest JSON not an object', method: 'POST', path: '/api/ingest', headers: json, body: '"just a string"' },
    { label: 'ingest deep JSON', method: 'POST', path: '/api/ingest', headers: json, body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
    { label: 'ingest JSON null', method: 'POST', path: '/api/ingest', headers: json, body: 'null' },
    { label: 'ingest JSON urls not an array', method: 'POST', path: '/api/ingest', headers: json, body: '{"urls":"http://example.com/"}' },
    { label: 'ingest broken multipart', method: 'POST', path: '/api/ingest', ...brokenMultipart() },
    { label: 'page ingest broken multipart', method: 'POST', path: '/ingest', ...brokenMultipart() },
    // PostgreSQL refuses U+0000 in text: these were 500 over the store before params.ts refused control characters.
    { label: 'NUL in query', method: 'GET', path: '/api/search?q=%00%00' },
    { label: 'NUL in person filter', method: 'GET', path: '/?person=a%00' },
    { label: 'article id with NUL', method: 'GET', path: '/api/articles/a%00b' },
    { label: 'story id with NUL', method: 'GET', path: '/api/stories/a%00b' },
    { label: 'story page id with control character', method: 'GET', path: '/stories/a%1Bb' },
    { label: 'article page id with NUL', method: 'GET', path: '/articles/a%00b' },
    { label: 'story paging out of range', method: 'GET', path: '/api/stories/x?limit=100000' },
    { label: 'ingest JSON array of nulls', method: 'POST', path: '/api/ingest', headers: json, body: '{"files":[null]}' },
    { label: 'ingest file without text', method: 'POST', path: '/api/ingest', headers: json, body: '{"files":[{"name":"a.txt","text":42}]}' },
    { label: 'ingest nothing', method: 'POST', path: '/api/ingest', headers: json, body: '{"files":[],"urls":[]}' },
    { label: 'ingest file: URL', method: 'POST', path: '/api/ingest', headers: json, body: '{"urls":["file:///etc/passwd"]}' },
    { label: 'ingest javascript: URL', method: 'POST', path: '/api/ingest', headers: json, body: '{"urls":["javascript:alert(1)"]}' },
    { label: 'ingest loopback URL', method: 'POST', path: '/api/ingest', headers: json, body: '{"urls":["http://127.0.0.1:1/","http://[::ffff:7f00:1]/"]}' },
    { label: 'ingest metadata URL', method: 'POST', path: '/api/ingest', headers: json, body: '{"urls":["http://169.254.169.254/latest/meta-data/"]}' },
    { label: 'ingest too many URLs', method: 'POST', path: '/api/ingest', headers: json, body: JSON.stringify({ urls: Array.from({ length: 500 }, (_, i) => `https://example.com/${i}`) }) },
    { label: 'ingest oversized JSON', method: 'POST', path: '/api/ingest', headers: json, body: JSON.stringify({ files: [{ name: 'big.txt', text: 'x'.repeat(big) }] }) },
    { label: 'ingest oversized multipart', method: 'POST', path: '/api/ingest', headers: { 'content-type': 'multipart/form-data; boundary=B' }, body: `--B\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n${'y'.repeat(big)}\r\n--B--\r\n` },
    { label: 'page ingest oversized', method: 'POST', path: '/ingest', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `urls=${'z'.repeat(big)}` },
    { label: 'cross-site write', method: 'POST', path: '/api/ingest', headers: { ...json, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, body: '{"files":[{"name":"a.txt","text":"Hello."}]}' },
  ];
}
