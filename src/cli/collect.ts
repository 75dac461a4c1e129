import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this much live-or-dead heap a collection is not worth its CPU (the example is ~70 MB). */
const COLLECT_ABOVE = 128 * 1024 * 1024;

/**
 * A full garbage collection, for the pipeline's `collect` hook: called once, where rendering's
 * large intermediates (the OpenAPI document object, texts already held as bytes) have just become
 * garbage and backend-spec.md is about to be rendered. V8 otherwise lets the heap grow with that
 * garbage until its next scheduled collection, which came while the document was being built: at
 * 1,000 entities the run's peak RSS was ~500 MB with ~140 MB live; collected here it is ~440 MB at
 * the same CPU (the collection replaces one V8 would run later, issue 19). Only when the heap is
 * large: a small project's run pays nothing. The CLI only: a library must not collect its host's heap.
 */
export function fullCollector(): () => void {
  let gc: (() => void) | null = null;
  return () => {
    if (getHeapStatistics().used_heap_size < COLLECT_ABOVE) return;
    if (gc === null) {
      // `gc` is installed in contexts made while --expose-gc is set; the flag is cleared again.
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
      setFlagsFromString('--no-expose-gc');
    }
    gc();
  };
}
