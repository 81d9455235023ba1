// The script of /developers/graphiql/ alone (bundled by integrations/graphiql.mjs): GraphiQL on
// the schema the site was built with (schema/schema.graphql, so it works where introspection is
// off), running operations against the site's own /graphql. A partner key pasted into the page's
// field goes as `Authorization: Bearer axk_…`, as partner apps send it; without one, requests go
// as the browser's session (the cookie) or anonymous. The key stays in this page's memory only.
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createElement, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import sdl from '../../../schema/schema.graphql';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

(globalThis as unknown as { MonacoEnvironment: { getWorker(id: string, label: string): Worker } }).MonacoEnvironment = {
  getWorker: (_id, label) =>
    new Worker(label === 'json' ? AIXIN_GRAPHIQL_WORKERS.json : label === 'graphql' ? AIXIN_GRAPHIQL_WORKERS.graphql : AIXIN_GRAPHIQL_WORKERS.editor),
};

const root = document.getElementById('graphiql');
const keyField = document.getElementById('partner-key') as HTMLInputElement | null;
if (root) {
  const endpoint = root.dataset.endpoint ?? '/graphql';
  const fetcher: Fetcher = async (params, options) => {
    const key = keyField?.value.trim();
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...options?.headers,
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      // A proxy's error page or an empty answer: show what came, not a parse error.
      return { errors: [{ message: `HTTP ${response.status}: ${text.slice(0, 200)}` }] };
    }
  };
  // `?query=` opens with that operation (the portal's examples link here with one).
  const initialQuery = new URLSearchParams(location.search).get('query') ?? undefined;
  root.replaceChildren();
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      schema: buildSchema(sdl),
      defaultQuery: root.dataset.defaultQuery,
      initialQuery,
      defaultEditorToolsVisibility: initialQuery ? 'variables' : false,
      forcedTheme: 'light',
    }),
  );
}
