// What the GraphiQL bundle (integrations/graphiql.mjs) gives its entry: text of .graphql files,
// CSS for esbuild to gather, the workers' addresses, and the manifest pages read.
declare module '*.graphql' {
  const text: string;
  export default text;
}

declare module '*.css';

declare const AIXIN_GRAPHIQL_WORKERS: { editor: string; json: string; graphql: string };

declare module 'virtual:aixin/graphiql' {
  const manifest: { script: string; styles: string[] };
  export default manifest;
}
