/**
 * The steps presentation mode shows when the author has written none (issue 14): read from the
 * vocabulary, as the paper explains its figure — the actors, then each actor with its drivers,
 * then the resources, then the relations. Pure; the words of the step names come from the caller
 * (the UI's language), the element and kind labels from the diagram language.
 */
import { localize } from '../language';
import { orderedNodes } from '../order';
import { GROUP_KIND, type PresentationStep, type TheoryModel } from '../types';

/** The kinds' roles, by kind id, in vocabulary order. */
export type KindRoles = { actors: string[]; drivers: string[]; resources: string[]; others: string[] };

/** How step names are worded: `actorWithDrivers('学生', '关键驱动力')`, `relations` for the last step. */
export type StepNaming = { actorWithDrivers: (actor: string, drivers: string) => string; relations: string; list: (names: string[]) => string };

/** Kind ids each relation type starts from and ends at: declared (`from`/`to`) and used by edges. */
function relationEnds(doc: TheoryModel): { from: Set<string>; to: Set<string> }[] {
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind] as const));
  return doc.vocabulary.relationTypes.map((r) => {
    const from = new Set(r.from ?? []);
    const to = new Set(r.to ?? []);
    for (const e of doc.edges) {
      if (e.relation !== r.id) continue;
      const s = kindOf.get(e.source);
      const t = kindOf.get(e.target);
      if (s !== undefined) from.add(s);
      if (t !== undefined) to.add(t);
    }
    from.delete(GROUP_KIND);
    to.delete(GROUP_KIND);
    return { from, to };
  });
}

/**
 * Roles from the vocabulary's relations. Actors: kinds related to their own kind (学校 cooperates
 * with 企业); without one, the kind in most relation types. Resources: kinds actors relate to.
 * Drivers: kinds that relate to actors and are not resources. Everything else: others.
 */
export function kindRoles(doc: TheoryModel): KindRoles {
  const kinds = doc.vocabulary.nodeKinds.map((k) => k.id).filter((k) => k !== GROUP_KIND);
  const ends = relationEnds(doc);
  let actors = kinds.filter((k) => ends.some((r) => r.from.has(k) && r.to.has(k)));
  if (actors.length === 0) {
    const score = (k: string) => ends.filter((r) => r.from.has(k) || r.to.has(k)).length;
    const best = kinds.reduce<string | undefined>((top, k) => (score(k) > 0 && (top === undefined || score(k) > score(top)) ? k : top), undefined);
    actors = best === undefined ? [] : [best];
  }
  const isActor = (k: string) => actors.includes(k);
  const resources = kinds.filter((k) => !isActor(k) && ends.some((r) => r.to.has(k) && [...r.from].some(isActor)));
  const drivers = kinds.filter((k) => !isActor(k) && !resources.includes(k) && ends.some((r) => r.from.has(k) && [...r.to].some(isActor)));
  const others = kinds.filter((k) => !isActor(k) && !resources.includes(k) && !drivers.includes(k));
  return { actors, drivers, resources, others };
}

/** The default steps of `doc`; none for an empty model. */
export function defaultSteps(doc: TheoryModel, lang: string, naming: StepNaming): PresentationStep[] {
  if (doc.nodes.length === 0) return [];
  const original = doc.meta.language;
  const roles = kindRoles(doc);
  const nodes = orderedNodes(doc.nodes);
  const kindName = (id: string) => {
    const kind = doc.vocabulary.nodeKinds.find((k) => k.id === id);
    return kind ? localize(kind.label, kind.labels, lang, original).text : id;
  };
  const ofKinds = (kinds: string[]) => nodes.filter((n) => kinds.includes(n.kind)).map((n) => n.id);
  const steps: PresentationStep[] = [];
  const byKinds = (id: string, kinds: string[]) => {
    const elementIds = ofKinds(kinds);
    if (elementIds.length > 0) steps.push({ id, name: naming.list(kinds.map(kindName)), elementIds });
  };
  byKinds('actors', roles.actors);
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind] as const));
  const isDriver = (id: string) => roles.drivers.includes(kindOf.get(id) ?? '');
  for (const actor of nodes.filter((n) => roles.actors.includes(n.kind))) {
    const drivers = new Set<string>();
    const edges: string[] = [];
    for (const e of doc.edges) {
      const other = e.source === actor.id ? e.target : e.target === actor.id ? e.source : undefined;
      if (other === undefined || !isDriver(other)) continue;
      drivers.add(other);
      edges.push(e.id);
    }
    if (drivers.size === 0) continue;
    const driverKinds = roles.drivers.filter((k) => [...drivers].some((d) => kindOf.get(d) === k));
    steps.push({
      id: `actor:${actor.id}`,
      name: naming.actorWithDrivers(localize(actor.label, actor.labels, lang, original).text, naming.list(driverKinds.map(kindName))),
      elementIds: [actor.id, ...nodes.filter((n) => drivers.has(n.id)).map((n) => n.id), ...edges],
    });
  }
  byKinds('resources', roles.resources);
  for (const kind of roles.others) byKinds(`kind:${kind}`, [kind]);
  steps.push({ id: 'relations', name: naming.relations, elementIds: [...nodes.map((n) => n.id), ...doc.edges.map((e) => e.id)] });
  return steps;
}
