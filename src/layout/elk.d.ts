// elkjs ships typings for elk-api and elk.bundled, but none for the minified worker script,
// which is imported only for its side effect (it installs the worker's message handler).
declare module 'elkjs/lib/elk-worker.min.js';
