/**
 * The shards of the search index: how many for a corpus, and which document goes in which, so
 * that one document added, removed or edited moves no other.
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { bundleFolder, MAX_SHARDS, SHARD_SIZE, shardCount, shardOf, shardsFile, shardsOf } from '../../src/site/search.ts';

/** Ids as the build derives them from FOIA document numbers. */
const idsOf = (count: number, from = 0): string[] => Array.from({ length: count }, (_, index) => `d-C0${6_000_000 + from + index}`);

/** Each document's shard, by id. */
const membership = (ids: readonly string[], size = SHARD_SIZE): Map<string, number> => new Map(shardsOf(ids, size).flatMap(({ shard, ids: members }) => members.map((id) => [id, shard] as const)));

test('a small corpus is one shard, a large one a power of two of shards of at least SHARD_SIZE documents', () => {
  assert.equal(shardCount(0), 1);
  assert.equal(shardCount(2 * SHARD_SIZE - 1), 1);
  assert.equal(shardCount(2 * SHARD_SIZE), 2);
  for (const documents of [1_000, 2_200]) {
    const count = shardCount(documents);
    assert.equal(count & (count - 1), 0, `${count} shards for ${documents} is a power of two`);
    assert.ok(documents / count >= SHARD_SIZE && documents / count < 2 * SHARD_SIZE, `${documents / count} documents a shard`);
  }
});

test('past MAX_SHARDS the shards grow instead of multiplying', () => {
  for (const documents of [MAX_SHARDS * SHARD_SIZE * 2, 10_000, 100_000]) {
    assert.equal(shardCount(documents), MAX_SHARDS, `${documents} documents`);
    assert.ok(documents / MAX_SHARDS >= SHARD_SIZE);
  }
  assert.equal(shardCount(MAX_SHARDS * SHARD_SIZE - 1), MAX_SHARDS / 2);
});

test('every document is in one shard, and the shards are about even', () => {
  const ids = idsOf(4_000);
  const shards = shardsOf(ids);
  assert.equal(shards.length, shardCount(ids.length));
  assert.deepEqual(shards.flatMap(({ ids: members }) => members).sort(), [...ids].sort());
  // A hash spreads the ids as a fair draw would: each shard within four standard deviations of the mean.
  const mean = ids.length / shards.length;
  for (const { ids: members } of shards) assert.ok(Math.abs(members.length - mean) < 4 * Math.sqrt(mean), `${members.length} documents`);
});

test('adding or removing a document moves no other document to another shard', () => {
  const ids = idsOf(1_100);
  const before = membership(ids);
  const added = membership([...ids, 'd-C09999999']);
  const removed = membership(ids.slice(1));
  for (const id of ids.slice(1)) {
    assert.equal(added.get(id), before.get(id), id);
    assert.equal(removed.get(id), before.get(id), id);
  }
});

test('a document\'s shard depends on its id alone, and doubling the count splits each shard in two', () => {
  for (const id of idsOf(500)) {
    assert.equal(shardOf(id, 8), shardOf(id, 8));
    assert.equal(shardOf(id, 8) % 4, shardOf(id, 4), id);
  }
});

test('the list of bundles to merge names every shard after the first, under the first\'s folder', () => {
  assert.equal(bundleFolder(0), 'pagefind');
  assert.deepEqual(JSON.parse(shardsFile([0]).content), { merge: [] });
  assert.deepEqual(JSON.parse(shardsFile([0, 1, 3]).content), { merge: ['shard-01/', 'shard-03/'] });
  assert.equal(shardsFile([0, 1]).path, 'pagefind/shards.json');
});
