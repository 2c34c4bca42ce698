import path from 'node:path';

/**
 * The folder of @civic/api. This module runs from src/paths.ts under tsx and from the bundle dist/main.js
 * under node — both one level below it — so every file the server reads at run time (the article,
 * the data folder, the web build) is found the same way from source and from the build.
 */
export const apiRoot = path.resolve(import.meta.dirname, '..');

/** The folder that holds the article the seed quotes (read at the first start). */
export const seedTextDir = path.join(apiRoot, 'src', 'seed');
