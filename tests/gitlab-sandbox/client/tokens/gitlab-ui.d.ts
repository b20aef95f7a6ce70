// @gitlab/ui ships no type declarations; the token apps only need its components as values.
declare module '@gitlab/ui';

// @rails/ujs ships no type declarations; the pages only start it.
declare module '@rails/ujs' {
  const Rails: { start(): void };
  export default Rails;
}
