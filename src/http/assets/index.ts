/** Static assets (script and stylesheet) served from memory with ETags. */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { clientScript } from './client-script.js';
import { appStyle } from './style.js';

/** The site icon: three overlapping circles, outlets agreeing. */
const ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#14213d"/>'
  + '<g fill="none" stroke-width="2.5"><circle cx="12" cy="13" r="7" stroke="#8ab4f8"/><circle cx="20" cy="13" r="7" stroke="#81c995"/><circle cx="16" cy="20" r="7" stroke="#fcc934"/></g></svg>';

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

/** Routes /app.js, /app.css and /icon.svg (mounted at /assets). */
export function assetRoutes(): Hono {
  const assets: Record<string, Asset> = {
    'app.js': asset(clientScript, 'text/javascript; charset=utf-8'),
    'app.css': asset(appStyle, 'text/css; charset=utf-8'),
    'icon.svg': asset(ICON, 'image/svg+xml'),
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
