export default defineBackground(() => {
  // Message handlers are registered by the features that need the background (API client).
});
