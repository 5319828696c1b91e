/**
 * The Figure preset's columns when the model stores none. On its own (not in options.ts) because
 * the editor shows the Figure settings at start-up while ELK's options, and the graph index they
 * use, load with the first layout (issue 15, first load).
 */
export const DEFAULT_BANDS: readonly (readonly string[])[] = [['driver'], ['actor'], ['resource']];
