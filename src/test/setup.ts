// Shared Vitest setup. Component tests opt into jsdom per file (`// @vitest-environment jsdom`)
// and call `installReactFlowMocks()` from ./reactFlowMocks.
// Both UI string tables, as the app has them once loaded (the app loads only the active one).
import '../i18n/strings';
