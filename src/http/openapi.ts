/** The OpenAPI 3.1 document of the JSON API, served at /openapi.json. */
import { ERROR_CODES } from '../core/index.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = json(ref('Error'), 'An EngineError; the status follows its code');
const text = (name: string, description: string) => ({ name, in: 'query', required: false, description, schema: { type: 'string', maxLength: 200 } });
const idParam = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const citation = { type: 'object', required: ['article', 'start', 'end'], properties: { article: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } };
const citations = { type: 'array', items: ref('Citation') };
const storyQuery = [
  text('q', 'free text in titles, briefs and articles'), text('person', 'a person named in the story'), text('place', 'a place named in the story'),
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];

/** Builds the document (version from the package). */
export function openApiDocument(version = '0.1.0'): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Concord API', version, description: 'Stories built from news articles: facts, conflicts, quotes, lineage and a cited brief.' },
    paths: {
      '/api/stories': { get: { summary: 'Stories, newest first', parameters: storyQuery, responses: { 200: json(ref('StoryPage'), 'A page of stories'), 400: error } } },
      '/api/stories/{id}': { get: { summary: 'One story with a page of its sources (at most 200)', parameters: [idParam('id'), ...storyQuery.slice(3)], responses: { 200: json(ref('Story'), 'The story'), 400: error, 404: error } } },
      '/api/articles/{id}': { get: { summary: 'One article with its text', parameters: [idParam('id')], responses: { 200: json(ref('Article'), 'The article'), 404: error } } },
      '/api/search': { get: { summary: 'Search stories and articles', parameters: storyQuery, responses: { 200: json(ref('SearchResult'), 'Matches'), 400: error } } },
      '/api/ingest': {
        post: {
          summary: 'Ingest files or URLs (a job); needs `Authorization: Bearer CONCORD_TOKEN` when the server is not on loopback',
          parameters: [{ name: 'wait', in: 'query', schema: { type: 'string', enum: ['1'] }, description: 'answer when the job is done' }],
          requestBody: { required: true, content: {
            'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } }, urls: { type: 'string', description: 'one URL a line' }, outlet: { type: 'string' } } } },
            'application/json': { schema: { type: 'object', properties: { urls: { type: 'array', items: { type: 'string', format: 'uri' } }, files: { type: 'array', items: { type: 'object', required: ['text'], properties: { name: { type: 'string' }, text: { type: 'string' } } } }, outlet: { type: 'string' } } } },
          } },
          responses: { 200: json(ref('Job'), 'Finished job (with ?wait=1)'), 202: json(ref('Job'), 'Job started; poll its status'), 400: error, 401: error, 403: error, 413: error, 422: error },
        },
      },
      '/api/ingest/{job}': { get: { summary: 'Progress of an ingest job', parameters: [idParam('job')], responses: { 200: json(ref('Job'), 'The job'), 404: error } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: Object.keys(ERROR_CODES) }, message: { type: 'string' }, subject: { type: 'string' } } } } },
        Citation: citation,
        StorySummary: { type: 'object', required: ['id', 'title', 'articles', 'outlets', 'coverage'], properties: {
          id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'integer' },
          outlets: { type: 'array', items: { type: 'object', properties: { outlet: { type: 'string' }, articles: { type: 'integer' } } } },
          first: { type: ['string', 'null'] }, last: { type: ['string', 'null'] }, coverage: { type: 'array', items: { type: 'integer' } },
          people: { type: 'array', items: { type: 'string' } }, places: { type: 'array', items: { type: 'string' } } } },
        StoryPage: { type: 'object', required: ['stories', 'total'], properties: { stories: { type: 'array', items: ref('StorySummary') }, total: { type: 'integer' } } },
        Story: { type: 'object', required: ['id', 'title', 'articles', 'entities', 'quotes', 'facts', 'lineage', 'brief'], properties: {
          id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'array', items: { type: 'string' } },
          entities: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, kind: { enum: ['person', 'organization', 'place', 'other'] }, aliases: { type: 'array', items: { type: 'string' } }, mentions: citations } } },
          quotes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' }, speaker: { type: ['string', 'null'] }, speakerName: { type: ['string', 'null'] }, cue: { type: ['string', 'null'] }, venue: { type: ['string', 'null'] }, direct: { type: 'boolean' }, citations } } },
          facts: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, text: { type: 'string' }, status: { enum: ['corroborated', 'single-source', 'disputed'] }, outlets: { type: 'integer' }, citations, conflicts: { type: 'array', items: { type: 'object', properties: { reason: { type: 'string' }, citations } } } } } },
          lineage: { type: 'array', items: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' }, kind: { enum: ['copy', 'rewrite'] }, score: { type: 'number' } } } },
          brief: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, citations } } },
          sources: { type: 'array', items: { type: 'object', description: 'metadata of the story\'s articles (no text), one page from `offset`' } },
          sourcesTotal: { type: 'integer', description: 'how many sources the story has' }, sourcesOffset: { type: 'integer' } } },
        Article: { type: 'object', required: ['id', 'source', 'text'], properties: {
          id: { type: 'string' }, source: { type: 'string' }, outlet: { type: ['string', 'null'] }, title: { type: ['string', 'null'] }, published: { type: ['string', 'null'] },
          author: { type: ['string', 'null'] }, language: { type: ['string', 'null'] }, url: { type: ['string', 'null'] }, text: { type: 'string' }, stories: { type: 'array', items: { type: 'string' } } } },
        SearchResult: { type: 'object', properties: { stories: { type: 'array', items: ref('StorySummary') }, articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, published: { type: ['string', 'null'] }, snippet: { type: 'string' }, stories: { type: 'array', items: { type: 'string' } } } } } } },
        Job: { type: 'object', required: ['id', 'state', 'done', 'total'], properties: { id: { type: 'string' }, state: { enum: ['running', 'done', 'failed'] }, done: { type: 'integer' }, total: { type: 'integer' }, message: { type: 'string' },
          result: { type: ['object', 'null'], properties: { articles: { type: 'array', items: { type: 'string' } }, stories: { type: 'array', items: { type: 'string' } }, diagnostics: { type: 'array' } } },
          error: { type: ['object', 'null'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
      },
    },
  };
}
