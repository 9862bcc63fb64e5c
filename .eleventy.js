// Eleventy configuration of the static edition. The pages are virtual templates added by
// src/site/eleventy.ts from the rendered TEI; this file holds what does not depend on the corpus.
import { fileURLToPath } from 'node:url';

const assets = fileURLToPath(new URL('./site/assets', import.meta.url));

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function configure(eleventyConfig) {
  // Only the virtual templates are pages: site/ also holds styles and documentation.
  eleventyConfig.setTemplateFormats(['11ty.js']);
  eleventyConfig.setQuietMode(true);
  eleventyConfig.addPassthroughCopy({ [assets]: 'assets' });
}
