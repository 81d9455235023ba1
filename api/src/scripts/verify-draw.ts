// Checks a lottery draw from its public record: `node api/dist/src/scripts/verify-draw.js
// <graphql-url> <shiftId>` (or through tsx). Exits 0 when the seed matches the commitment and
// re-running the draw gives the published order and results, 1 otherwise.
import { drawOrder, verifyDraw, type PublishedDraw } from '../modules/lottery/draw-order.js';

const QUERY = `query($id: ID!) { node(id: $id) { ... on Shift { id capacity
  draw { algorithm seedCommitment seed drawnAt entries selectedCount } } } }`;

interface ShiftDrawAnswer {
  capacity: number;
  draw: (PublishedDraw & { seed: string | null; entries: string[] | null; selectedCount: number | null; drawnAt: string | null }) | null;
}

async function main(endpoint: string | undefined, shiftId: string | undefined): Promise<number> {
  if (!endpoint || !shiftId) {
    console.error('usage: verify-draw <graphql-url> <shiftId>');
    return 2;
  }
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { id: shiftId } }),
  });
  const body = (await res.json()) as { data?: { node: ShiftDrawAnswer | null } };
  const shift = body.data?.node;
  if (!shift?.draw) {
    console.error(`${shiftId}: no lottery shift with that ID`);
    return 1;
  }
  const { draw } = shift;
  if (!draw.seed || !draw.entries) {
    console.error(`${shiftId}: not drawn yet (seed commitment ${draw.seedCommitment})`);
    return 1;
  }
  const check = verifyDraw({ ...draw, seed: draw.seed, entries: draw.entries });
  const expectedSelected = Math.min(shift.capacity, draw.entries.length);
  if (draw.selectedCount !== expectedSelected) check.problems.push(`selectedCount ${draw.selectedCount}, expected ${expectedSelected}`);
  if (check.problems.length) {
    for (const problem of check.problems) console.error(`${shiftId}: ${problem}`);
    return 1;
  }
  const order = drawOrder(Buffer.from(draw.seed, 'hex'), draw.entries);
  console.log(`${shiftId}: draw verified (${draw.algorithm}, drawn ${draw.drawnAt}): ${order.length} entries, first ${expectedSelected} confirmed`);
  order.forEach((id, i) => console.log(`${String(i + 1).padStart(5)}  ${id}${i < expectedSelected ? '  selected' : ''}`));
  return 0;
}

process.exitCode = await main(process.argv[2], process.argv[3]);
