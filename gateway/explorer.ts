import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { ROOT } from '../lib/paths';

/** Where `npm run build:explorer` writes the explorer page (git-ignored). */
export const EXPLORER_DIST = join(ROOT, 'explorer', 'dist');

/**
 * The explorer's static files at /explorer, mounted only when its build exists (a server without
 * the dev tools that build it still starts, it just has no /explorer). Hashed assets are
 * immutable; index.html is revalidated so a rebuild shows at once.
 */
export function explorerRoutes(dist = EXPLORER_DIST): ((app: Express) => void) | undefined {
  if (!explorerBuilt(dist)) return undefined;
  return (app) => {
    app.use(
      '/explorer',
      express.static(dist, {
        index: 'index.html',
        setHeaders: (response, path) => {
          response.setHeader('Cache-Control', path.endsWith('index.html') ? 'no-cache' : 'public, max-age=31536000, immutable');
        },
      }),
    );
  };
}

export function explorerBuilt(dist = EXPLORER_DIST): boolean {
  return existsSync(join(dist, 'index.html'));
}
