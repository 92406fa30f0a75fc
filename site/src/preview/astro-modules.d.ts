/**
 * What a `.astro` import is to plain `tsc` (Astro's own checker knows it
 * better): a component the container API can render (src/preview/render.ts).
 */
declare module '*.astro' {
  import type { experimental_AstroContainer } from 'astro/container'
  const component: Parameters<experimental_AstroContainer['renderToString']>[0]
  export default component
}
