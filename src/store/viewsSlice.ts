/**
 * Named views (`namedViews/`): open one (select its Region, frame its nodes) or run it (its
 * real calls, which the player plays on its own). One run at a time.
 */
import { rootPrincipal } from '../engine';
import type { SliceCreator } from './appState';
import { localRecord } from './localWork';
import {
  namedView,
  ViewStopped,
  type NamedViewId,
  type ViewContext,
  type ViewOutcome,
} from './namedViews';

export interface ViewsSlice {
  /** The view last opened or run. */
  activeView: NamedViewId | undefined;
  /** The view whose run is in progress, if any. */
  viewRunning: NamedViewId | undefined;
  /** How each view's last run ended. */
  viewOutcomes: Partial<Record<NamedViewId, ViewOutcome>>;
  /**
   * Select the view's Region (at once) and frame its nodes (once the view's code has loaded);
   * no call. Resolves when framed.
   */
  openView(id: NamedViewId): Promise<void>;
  /** Open the view and run its sequence. Refused (undefined) while another run is in progress. */
  runView(id: NamedViewId): Promise<ViewOutcome | undefined>;
}

export const createViewsSlice: SliceCreator<ViewsSlice> = (set, get) => ({
  activeView: undefined,
  viewRunning: undefined,
  viewOutcomes: {},

  async openView(id) {
    const entry = namedView(id);
    if (!entry) return;
    set({ activeView: id });
    get().selectRegion(entry.region);
    // Its frame comes with its code (one chunk per view); the Region is known at once.
    const view = await entry.load();
    get().requestFocus(view.focus(get().view));
  },

  async runView(id) {
    const entry = namedView(id);
    if (!entry || get().viewRunning) return undefined;
    set({ viewRunning: id });
    const view = await entry.load();
    // The new diagram takes the stage: what the player had left of earlier calls is skipped,
    // so the canvas and the narration both move to this view.
    get().finishPlayback();
    await get().openView(id);
    let principal = rootPrincipal(get().view.accountId).arn;
    const ctx: ViewContext = {
      region: view.region,
      world: () => get().view,
      call: (operation, input) => ctx.callIn(view.region, operation, input),
      async callIn(region, operation, input) {
        // The course's diagrams show KMS at work, so they run as the root user whoever the
        // learner acts as; the "Acting as" switch is where permissions are tried.
        const record = await get().call(operation, input, region, { as: 'root' });
        principal = record.principal;
        if (record.error || !record.output) {
          const { name = 'KMSInternalException', message = '' } = record.error ?? {};
          throw new ViewStopped(operation, name, message);
        }
        return record as typeof record & { output: NonNullable<typeof record.output> };
      },
      async refused(operation, input, expected) {
        const record = await get().call(operation, input, view.region, { as: 'root' });
        principal = record.principal;
        if (record.error?.name !== expected) {
          const error = record.error?.name ?? 'UnexpectedSuccess';
          throw new ViewStopped(operation, error, record.error?.message ?? `expected ${expected}`);
        }
        return record;
      },
      async service(request) {
        const outcome = await get().askService(request, view.region, { as: 'root' });
        if (outcome.error) {
          throw new ViewStopped(request.action, outcome.error.code, outcome.error.message);
        }
        return outcome;
      },
      local(action, bytes, details) {
        get().playLocal(
          localRecord(action, {
            region: view.region,
            principal,
            bytes,
            time: get().view.now,
            ...details,
          }),
        );
      },
      frame: () => get().requestFocus(view.focus(get().view)),
      async cloudHsm(action, run) {
        const outcome = await run(get());
        if (!outcome.ok)
          throw new ViewStopped(action, outcome.failure.name, outcome.failure.message);
        return outcome.value;
      },
    };
    let outcome: ViewOutcome;
    try {
      await view.run(ctx);
      outcome = { ok: true };
    } catch (error) {
      outcome =
        error instanceof ViewStopped
          ? { ok: false, operation: error.operation, error: error.error, message: error.message }
          : {
              ok: false,
              operation: '',
              error: error instanceof Error ? error.name : 'Error',
              message: String(error),
            };
    }
    set((state) => ({
      viewRunning: undefined,
      viewOutcomes: { ...state.viewOutcomes, [id]: outcome },
    }));
    return outcome;
  },
});
