/**
 * The in-page panels live in GitLab's page, whose scripts can reach their open shadow root (kept
 * open: a closed one would not stop a page from listening to key events, and would hide the panel
 * from accessibility checkers) and call `click()` or dispatch events there. The browser marks
 * those untrusted. Every action that saves, replaces, fills, copies, verifies or opens a tab or a
 * panel runs only on a trusted event: a person's own click or key press.
 *
 * An object, so that unit tests (happy-dom, where every event is synthetic) can stand in for a
 * person with `vi.spyOn(eventTrust, 'isUserAction')`; a page script cannot reach it (content
 * scripts run in a world of their own).
 */
export const eventTrust = {
  isUserAction: (event: Event): boolean => event.isTrusted,
};

/** An event handler that runs `action` for the person's own events only, and ignores the rest. */
export const onUserAction =
  (action: () => unknown) =>
  (event: Event): void => {
    if (eventTrust.isUserAction(event)) void action();
  };
