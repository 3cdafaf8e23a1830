/**
 * The panel renders with Preact's h() rather than JSX: the SDK's UI build (isomorphic-rollup)
 * compiles JSX with React's automatic runtime only. Its jsx-source step reprints each .tsx file
 * without comments, so a `@jsxImportSource preact` pragma never reaches SWC, and the build offers
 * no alias from react to preact. h() keeps React (83 kB gzipped) out of the page.
 */
export { Fragment, h } from 'preact'
export type { ComponentChildren } from 'preact'

/** The text an input, textarea or select holds after an input/change event. */
export function valueOf(event: Event): string {
    return (event.currentTarget as HTMLInputElement).value
}
