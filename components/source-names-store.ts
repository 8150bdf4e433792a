import { useCallback, useEffect, useState } from 'react';
import { browser } from '../platform/browser';
import { foldName, type SourceNames } from './sources';

/**
 * The reader's source corrections (rename, merge), kept in the extension's own storage.local so that the panel
 * and the library share them and they outlive the page. Only extension pages read or write them. Capped:
 * at most MAX entries of at most 200 characters each.
 */
const KEY = 'isnad-source-names';
const MAX = 5000;

export interface SourceNamesApi {
  names: SourceNames;
  /** Shows `from` as `to` from now on (an empty `to` undoes the correction). */
  rename(from: string, to: string): Promise<void>;
}

function clean(raw: unknown): SourceNames {
  const out: SourceNames = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>).slice(0, MAX))
    if (typeof v === 'string' && k.length <= 200 && v.length <= 200) out[k] = v;
  return out;
}

export function useSourceNames(): SourceNamesApi {
  const [names, setNames] = useState<SourceNames>({});
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(KEY).then((r) => live && setNames(clean(r[KEY])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[KEY]) setNames(clean(changes[KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  const rename = useCallback(async (from: string, to: string) => {
    const cur = clean((await browser.storage.local.get(KEY))[KEY]);
    const k = foldName(from);
    const target = to.trim().slice(0, 200);
    if (!target || foldName(target) === k) delete cur[k];
    else cur[k] = target;
    setNames(cur);
    await browser.storage.local.set({ [KEY]: cur });
  }, []);
  return { names, rename };
}
