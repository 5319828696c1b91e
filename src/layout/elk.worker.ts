// The whole worker: elk-worker.min.js installs its own `self.onmessage`. Loaded as a module worker
// by elkClient.ts (`{ type: 'module' }`, see there and stack.md §2.2).
import 'elkjs/lib/elk-worker.min.js';
