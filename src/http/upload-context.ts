/** A Context that serves uploaded files from memory under virtual paths, so the ingest readers can read them. */
import { EngineError, type Context } from '../core/index.js';
import type { UploadedFile } from './repository.js';

/** Virtual directory uploads are placed under. */
export const UPLOAD_DIR = '/upload';

/** Wraps a context: `/upload/<n>/<name>` paths read the uploaded bytes; every other path is refused (no disk access from HTTP). */
export function uploadContext(base: Context, files: UploadedFile[]): { ctx: Context; paths: string[] } {
  const byPath = new Map(files.map((f, i) => [`${UPLOAD_DIR}/${i + 1}/${f.name}`, f.bytes]));
  const refuse = (path: string): never => { throw new EngineError('E_FORBIDDEN', `${path}: only uploaded files can be read over HTTP`, { subject: path }); };
  const ctx: Context = {
    ...base,
    async readFile(path) {
      return byPath.get(path) ?? refuse(path);
    },
    async listFiles(dir) {
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const found = [...byPath.keys()].filter((p) => p.startsWith(prefix));
      return found.length > 0 ? found.sort() : refuse(dir);
    },
    async isDirectory(path) {
      if (byPath.has(path)) return false;
      return [...byPath.keys()].some((p) => p.startsWith(`${path}/`)) || refuse(path);
    },
  };
  return { ctx, paths: [...byPath.keys()] };
}
