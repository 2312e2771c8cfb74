import type { Conference } from '@shared/model/conference';

/** Small immutable helpers for editing lists of records by id, so every edit leaves other records untouched. */
export function replaceById<T extends { id: string }>(list: T[], id: string, patch: Partial<T>): T[] {
  return list.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

export function removeById<T extends { id: string }>(list: T[], id: string): T[] {
  return list.filter((item) => item.id !== id);
}

type ListKey = {
  [K in keyof Conference]: Conference[K] extends Array<{ id: string }> ? K : never;
}[keyof Conference];

export type ListItem<K extends ListKey> = Conference[K] extends Array<infer T> ? T : never;

export const patchListItem =
  <K extends ListKey>(key: K, id: string, patch: Partial<ListItem<K>>) =>
  (c: Conference): Conference => ({ ...c, [key]: replaceById(c[key] as Array<{ id: string }>, id, patch as object) });

export const removeListItem =
  <K extends ListKey>(key: K, id: string) =>
  (c: Conference): Conference => ({ ...c, [key]: removeById(c[key] as Array<{ id: string }>, id) });

export const appendListItem =
  <K extends ListKey>(key: K, item: ListItem<K>) =>
  (c: Conference): Conference => ({ ...c, [key]: [...(c[key] as unknown[]), item] });
