// The markup of a Preact component that a page shows without hydrating it (the account corner
// of a reading page), rendered once per distinct props for the whole build. Astro's own path
// for a framework component renders it twice (once to learn which renderer it belongs to) on
// every page; with tens of thousands of pages that is seconds of the build.
import { h, type FunctionComponent } from 'preact';
import { renderToString } from 'preact-render-to-string';

const rendered = new Map<FunctionComponent<never>, Map<string, string>>();

/** `<Fragment set:html={staticMarkup(Component, props)} />`: props must be plain JSON. */
export function staticMarkup<P extends object>(component: FunctionComponent<P>, props: P): string {
  let byProps = rendered.get(component as FunctionComponent<never>);
  if (!byProps) rendered.set(component as FunctionComponent<never>, (byProps = new Map<string, string>()));
  const key = JSON.stringify(props);
  let html = byProps.get(key);
  if (html === undefined) byProps.set(key, (html = renderToString(h(component, props))));
  return html;
}
