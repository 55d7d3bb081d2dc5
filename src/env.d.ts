/// <reference types="astro/client" />

// Plain `tsc` (npm run typecheck) does not read .astro files; editors with the Astro
// extension do, and see the real props. For tsc an .astro import is a component.
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
