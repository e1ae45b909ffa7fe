import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMember, newStory, type Member } from './04-story.js';
import { mergeInto } from './06-merge.js';
import { clusterOptions } from './options.js';

/** A member with one term, one name and one number. */
function member(seq: number): Member {
  return { seq, id: `m${seq}`, time: null, short: false, vectors: [new Map([[`term${seq % 3}`, 1]]), new Map([['ostrava', 1]]), new Map([['n:7', 1]])] };
}

test('should keep every member vector while the story is within splitMemberCap and free them all past it', () => {
  const options = clusterOptions({ splitMemberCap: 4 });
  const story = newStory(0);
  for (let seq = 0; seq < 4; seq++) addMember(story, member(seq), options);
  assert.equal(story.members.length, 4);
  assert.equal(story.size, 4);
  addMember(story, member(4), options);
  assert.equal(story.size, 5);
  assert.equal(story.members.length, 0, 'a story past the cap holds no member vectors');
  for (let seq = 5; seq < 40; seq++) addMember(story, member(seq), options);
  assert.equal(story.members.length, 0, 'memory stays bounded however large the story grows');
  assert.equal(story.sums[1].get('ostrava'), 40, 'the centroid still counts every member');
});

test('should never track a partial member list after a merge past the cap', () => {
  const options = clusterOptions({ splitMemberCap: 4 });
  const keep = newStory(0);
  const gone = newStory(1);
  for (let seq = 0; seq < 3; seq++) addMember(keep, member(seq), options);
  for (let seq = 3; seq < 6; seq++) addMember(gone, member(seq), options);
  mergeInto(keep, gone, options);
  assert.equal(keep.size, 6);
  assert.equal(keep.members.length, 0);
  addMember(keep, member(6), options);
  assert.equal(keep.members.length, 0, 'a story that lost track of its members does not start a partial list');
});
