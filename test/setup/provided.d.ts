// Values vitest globalSetup files provide to the config and tests.
declare module 'vitest' {
  export interface ProvidedContext {
    zendeskStandIn: string
  }
}
export {}
