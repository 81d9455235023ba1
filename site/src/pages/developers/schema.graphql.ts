// The schema the site was built with (schema/schema.graphql), for partners' tools (graphql-codegen,
// GraphiQL elsewhere) where the API answers no introspection (AIXIN_INTROSPECTION=0).
import type { APIRoute } from 'astro';
import schemaText from '../../../../schema/schema.graphql?raw';

export const GET: APIRoute = () => new Response(schemaText, { headers: { 'Content-Type': 'application/graphql; charset=utf-8' } });
