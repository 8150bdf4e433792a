import { articleScript } from './content/article';
import { handoff } from './content/handoff';

// Not in the manifest: the background injects it (scripting.executeScript / tabs.executeScript) into a frame
// whose light first step (detector.content.ts) asked for it. `matches` only names the hosts it may run on.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // No `wxt:content-script-started` window message: it costs every page a message event and tells it Isnad runs.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const h = handoff();
    if (h.running) return; // injected twice (a repeated request): the first copy keeps the page
    h.running = true;
    articleScript.main(ctx);
  },
});
