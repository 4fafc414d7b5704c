export default defineBackground(() => {
  // Wiring comes with the platform work (issue #2).
});
