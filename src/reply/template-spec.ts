// What Handlebars.precompile emits and handlebars/runtime's template() takes; kept opaque on purpose.
export type TemplateSpec = { readonly compiler: readonly [number, string]; readonly main: unknown }
