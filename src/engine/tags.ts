/** Tag rules shared by CreateKey and TagResource. */
import { kmsError } from './errors';
import type { Tag } from './model';

/** Tags per KMS key (an AWS quota). */
export const TAGS_PER_KEY = 50;

export function checkTagKeys(keys: readonly string[]): void {
  if (keys.some((k) => k.toLowerCase().startsWith('aws:'))) {
    throw kmsError('TagException', 'Tags beginning with aws: are reserved');
  }
}

/** Returns the key's tags with `tags` applied (same TagKey → new value), within the quota. */
export function mergeTags(current: readonly Tag[], tags: readonly Tag[]): Tag[] {
  checkTagKeys(tags.map((t) => t.TagKey));
  const merged = new Map(current.map((t) => [t.TagKey, t.TagValue]));
  for (const t of tags) merged.set(t.TagKey, t.TagValue);
  if (merged.size > TAGS_PER_KEY) {
    throw kmsError('LimitExceededException', `Tag quota for this KMS key is ${TAGS_PER_KEY}.`);
  }
  return [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}
