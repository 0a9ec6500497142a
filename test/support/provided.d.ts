// The Zendesk stand-in's URL, provided by test/setup/zendesk-stand-in.mjs (see vitest.config.ts for the twin).
declare module 'vitest' {
  export interface ProvidedContext {
    zendeskStandIn: string
  }
}
export {}
