import { test } from 'vitest';
import { read } from './mermaid';
import { read as dread } from './dot';
test('x', () => {
  const r = read([{ name: 'a.mmd', text: `flowchart LR
    A[Christmas] -->|Get money| B(Go shopping)
    B --> C{Let me think}
    C -->|One| D[Laptop]
    C -- Two --> E[iPhone]
    C -.-> F[fa:fa-car Car]
    A & B ==> G:::warm
    subgraph one [Eins]
      a1-->a2
    end
    classDef warm fill:#f96
    G e9@--> x
` }]);
  console.log(JSON.stringify(r, null, 1).slice(0, 3000));
  console.log(JSON.stringify(dread([{ name: 'a.dot', text: 'digraph G { node [shape=box style=filled fillcolor=yellow]; subgraph cluster_0 { label="C0"; a0 -> a1 } a0 [pos="10,20!"]; b -> a0 [style=dashed color=red] }' }]), null, 1).slice(0, 3000));
});
