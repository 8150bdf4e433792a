/**
 * The WebExtension API for Isnad's browser glue: Mozilla's webextension-polyfill, so Chrome and Firefox both get
 * the promise-based `browser.*` API (including promise replies from `runtime.onMessage` listeners).
 * Kept out of utils/, whose exports WXT auto-imports: its `browser` would clash with WXT's own.
 * Only entrypoints/ and components/ import this; lib/ stays free of browser APIs.
 */
import browser from 'webextension-polyfill';

export { browser };
