/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set when the draft-preview server renders a page (src/preview/render.ts); a site build never sets it. */
    preview?: boolean
  }
}
