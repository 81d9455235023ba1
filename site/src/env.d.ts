// Constants the site's config gives the pages' bundle at build time (astro.config.mjs: vite.define).
interface ImportMetaEnv {
  /** Where this build's bulk collections are (src/data/bulk.ts). */
  readonly AIXIN_BULK_DATA: string;
}
