import type { APIRoute } from 'astro';
import { getKnowledge } from '../views/knowledge.ts';

/** /knowledge.json: the whole knowledge base, a public contract documented in README. */
export const GET: APIRoute = async () => {
  const knowledge = await getKnowledge();
  return new Response(JSON.stringify(knowledge), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
