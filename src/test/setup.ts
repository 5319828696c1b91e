// Shared Vitest setup. Component tests opt into jsdom per file (`// @vitest-environment jsdom`)
// and call `installReactFlowMocks()` from ./reactFlowMocks.
export {};
