// The content types of the files our local servers send (the benchmark's, the Storybook check's).
import { extname } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The content type of a file by its extension (`application/octet-stream` when unknown). */
export const contentType = (path) => TYPES[extname(path)] ?? 'application/octet-stream';
