/** Static assets (script and stylesheet) served from memory with ETags. */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { clientScript } from './client-script.js';
import { appStyle } from './style.js';

/** One asset: body, type and a strong ETag. */
interface Asset {
  body: string;
  type: string;
  etag: string;
}

/** Builds an asset with its ETag. */
function asset(body: string, type: string): Asset {
  return { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` };
}

/** Routes /app.js and /app.css (mounted at /assets). */
export function assetRoutes(): Hono {
  const assets: Record<string, Asset> = {
    'app.js': asset(clientScript, 'text/javascript; charset=utf-8'),
    'app.css': asset(appStyle, 'text/css; charset=utf-8'),
  };
  const routes = new Hono();
  routes.get('/:name', (c, next) => {
    const a = assets[c.req.param('name')];
    if (!a) return next();
    c.header('ETag', a.etag);
    c.header('Cache-Control', 'public, max-age=300');
    if (c.req.header('if-none-match') === a.etag) return c.body(null, 304);
    c.header('Content-Type', a.type);
    return c.body(a.body);
  });
  return routes;
}
