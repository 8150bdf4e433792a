/**
 * Which main-thread tasks are Isnad's, from a Chromium trace (CDP Tracing) of one page: a task (RunTask) over
 * the limit is Isnad's when a script of the extension (chrome-extension://…) ran inside it; a rendering task
 * (style, layout, paint, with no script of the page) after Isnad's content script started is counted apart,
 * since registering highlights is what makes the browser render then. Each task carries its wall time and its
 * thread CPU time (`tdur`): on a loaded machine the wall time includes waiting for a core, the CPU time does not.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { url?: string; frame?: string; functionName?: string; stackTrace?: { url: string }[] };
  };
}

export interface TaskFigure {
  /** ms from the trace's first event of the page's main thread. */
  at: number;
  wallMs: number;
  cpuMs: number;
  kind: 'isnad' | 'rendering' | 'other';
  /** For Isnad's tasks: the extension functions that ran longest in it (names are readable in an unminified build). */
  what?: string;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
].join(',');

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const x of e.value as unknown as TraceEvent[]) events.push(x);
  });
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' } as never);
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

const RENDER = new Set(['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'Commit']);

/**
 * The tasks of the page's renderer main thread longer than `overMs` (wall), classified. The page's thread is
 * the CrRendererMain thread on which a script of `pageOrigin` or the extension ran.
 */
export function longTasks(events: TraceEvent[], pageOrigin: string, overMs = 50): TaskFigure[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (!mains.has(k) || e.ph !== 'X') continue;
    const list = byThread.get(k);
    if (list) list.push(e);
    else byThread.set(k, [e]);
  }
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
  let thread: TraceEvent[] = [];
  for (const list of byThread.values())
    if (list.some((e) => urlOf(e).startsWith(pageOrigin)) && list.length > thread.length) thread = list;
  thread.sort((a, b) => a.ts - b.ts);
  const t0 = thread[0]?.ts ?? 0;
  const out: TaskFigure[] = [];
  const tasks = thread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  // Rendering before Isnad's first script is the page's own (parsing, first layout).
  const firstExt = thread.find((e) => urlOf(e).startsWith('chrome-extension://'))?.ts ?? Number.POSITIVE_INFINITY;
  let j = 0;
  let lastEnd = 0;
  for (const task of tasks) {
    const dur = (task.dur ?? 0) / 1000;
    const end = task.ts + (task.dur ?? 0);
    if (task.ts < lastEnd) continue; // nested in the previous task
    lastEnd = end;
    if (dur <= overMs) continue;
    while (j < thread.length && thread[j].ts < task.ts) j++;
    let ext = false;
    let pageScript = 0;
    let render = 0;
    const fns = new Map<string, number>();
    for (let k = j; k < thread.length && thread[k].ts < end; k++) {
      const e = thread[k];
      const url = urlOf(e);
      if (url.startsWith('chrome-extension://')) {
        ext = true;
        const fn = e.args?.data?.functionName || e.name;
        fns.set(fn, (fns.get(fn) ?? 0) + (e.dur ?? 0) / 1000);
      } else if (url && (e.name === 'FunctionCall' || e.name === 'EvaluateScript')) pageScript += (e.dur ?? 0) / 1000;
      if (RENDER.has(e.name)) render += (e.dur ?? 0) / 1000;
    }
    out.push({
      at: (task.ts - t0) / 1000,
      wallMs: dur,
      cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
      kind: ext ? 'isnad' : pageScript < dur / 10 && render > dur / 2 && task.ts > firstExt ? 'rendering' : 'other',
      what: ext
        ? [...fns]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 3)
            .map(([f, ms]) => `${f} ${ms.toFixed(0)}`)
            .join(', ')
        : undefined,
    });
  }
  return out;
}
