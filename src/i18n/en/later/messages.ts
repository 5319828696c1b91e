import type { MESSAGE_PARAMS } from '../../messageParams';
import type { messages } from '../messages';

/**
 * English UI strings of the `messages` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders, and with the code
 * loaded on demand that reports them (`afterStrings`, i18n/translate.ts).
 */
const EXPECTED = 'A theory-model file is a JSON object that starts with "format": "{format}".';

export const messagesLater = {
  'library.modelGone': 'The model is not in the library (any more).',
  'library.versionGone': 'The version is not in the library (any more).',
  'list.or': '{a} or {b}',
  'list.and': '{a} and {b}',
  'io.unexpected': '{source} could not be read because of an unexpected error.',
  'io.tooDeep': '{source} is nested far too deeply to be a theory-model file.',
  'io.tooLarge': '{source} is too large to open ({size}; the limit is {max}).',
  'io.overLimit.nodes': '{source} is over a limit of this app: at most {max} nodes, and it has {actual}.',
  'io.overLimit.edges': '{source} is over a limit of this app: at most {max} relations (edges), and it has {actual}.',
  'io.overLimit.edgesPerNode': '{source} is over a limit of this app: at most {max} relations at one node, and it has {actual}.',
  'io.overLimit.labelChars': '{source} is over a limit of this app: at most {max} characters in one label, and it has {actual}.',
  'io.overLimit.textChars': '{source} is over a limit of this app: at most {max} characters in one text field, and it has {actual}.',
  'io.overLimit.linkChars': '{source} is over a limit of this app: at most {max} characters of model in a shared link, and it has {actual}.',
  'io.format.notObject': `{source} contains {what}, not a theory-model. ${EXPECTED}`,
  'io.format.other': `{source} is in the format {found}, not "{format}". ${EXPECTED}`,
  'io.format.foreign': `{source} looks like {tool}, not a theory-model. ${EXPECTED}`,
  'io.format.untagged':
    '{source} has some theory-model fields but no "format": "{format}" tag, so it is not a theory-model file. ' +
    'If it was edited by hand, add "format": "{format}" and "version": {version} at the top.',
  'io.format.unknown': `{source} is not a theory-model file. ${EXPECTED}`,
  'io.version.missing': '{source} has no format version ("version": {current} is missing).',
  'io.version.unreadable': '{source} has an unreadable format version ({shown}); expected a whole number such as {current}.',
  'io.version.future':
    '{source} is format version {version}; this app reads up to version {current}. ' +
    'It was probably made with a newer version of the app — update the app to open it.',
  'io.version.tooOld': '{source} is format version {version}; this app reads {range}.',
  'io.version.one': 'version {current}',
  'io.version.range': 'versions {oldest} to {current}',
  'io.upgradeFailed': '{source} could not be upgraded from format version {from} to {to}.',
  'io.invalid':
    '{source} is a theory-model file, but {count, plural, one {# field is} other {# fields are}} wrong or missing, so it was not loaded. First: {first}',
  'io.link.tooLong': 'The shared link is {length} characters long; links made by this app are at most {max}.',
  'io.link.damaged': 'The shared link is damaged or incomplete: its model could not be unpacked. Ask for the link again, or for an exported JSON file.',
  'io.root.list': 'a list (JSON array)',
  'io.root.null': 'only null',
  'io.root.text': 'only a piece of text',
  'io.root.number': 'only a number',
  'io.root.boolean': 'only true or false',
  'io.root.other': 'something other than a JSON object',
  'io.tool.excalidraw': 'an Excalidraw drawing',
  'io.tool.excalidrawLib': 'an Excalidraw library',
  'io.tool.tldraw': 'a tldraw file',
  'io.tool.reactFlow': 'a React Flow export',
  'io.tool.graph': 'a nodes-and-edges graph from another tool (such as a React Flow export)',
  'io.tool.cytoscape': 'a Cytoscape graph',
  'io.tool.jsonSchema': 'a JSON Schema',
  'io.value.list': 'a list',
  'io.value.object': 'an object',
  'io.value.text': 'text {text}',
  'io.value.huge': '{value} (a number too large to store)',
  'io.expected.text': 'text',
  'io.expected.number': 'a finite number',
  'io.expected.boolean': 'true or false',
  'io.expected.object': 'an object',
  'io.expected.list': 'a list',
  'io.issue': '{path}: {problem}',
  'io.issue.expected': 'expected {expected}, got {actual}',
  'io.issue.missing': 'is missing (expected {expected})',
  'io.issue.oneOf': 'expected one of {options}, got {actual}',
  'io.issue.oneOfMissing': 'is missing (expected one of {options})',
  'io.issue.colour': 'expected a colour like "#1f77b4" or "#abc", got {actual}',
  'io.issue.format': 'has the wrong format, got {actual}',
  'io.issue.empty': 'must not be empty',
  'io.issue.tooSmall': 'must be at least {min}',
  'io.issue.tooBig': 'must be at most {max}',
  'io.issue.more': '…and {count, plural, one {# more problem} other {# more problems}}.',
  'repair.reservedKey': 'Ignored the reserved key {pattern}{count, plural, =1 {} other { (# places)}}; it is never part of the format.',
  'repair.unknownField': 'Ignored the unknown field {pattern}{count, plural, =1 {} other { (# places)}}; it is not part of the format.',
  'repair.migrated': 'Upgraded from format version {from} to {to}. Saving writes version {to}.',
  'repair.duplicateNodeId': 'Two nodes had the id {id}; the later one now has the id {newId}. Anything that referred to {id} still means the first.',
  'repair.duplicateEdgeId': 'Two edges had the id {id}; the later one now has the id {newId}. Anything that referred to {id} still means the first.',
  'repair.duplicateKind': 'The node kind {id} was defined twice; the first definition is used and the second was dropped.',
  'repair.duplicateRelation': 'The relation type {id} was defined twice; the first definition is used and the second was dropped.',
  'repair.unknownKind': 'The node kind {id} (used by {count, plural, one {# node} other {# nodes}}) was not in the vocabulary; it was added in grey.',
  'repair.unknownRelation': 'The relation type {id} (used by {count, plural, one {# edge} other {# edges}}) was not in the vocabulary; it was added in grey.',
  'repair.unknownKindInRelation': 'The relation type {id} lists unknown node {count, plural, one {kind} other {kinds}} {kinds} in "{end}"; kept as written.',
  'repair.unknownKindInBand': 'Layout band {band} lists unknown node {count, plural, one {kind} other {kinds}} {kinds}; kept as written.',
  'repair.duplicatePlaceholder': 'The placeholder {id} was declared twice; the first declaration is used and the second was dropped.',
  'repair.coordinateClamped': 'Moved {count, plural, one {a node} other {# nodes}} ({ids}) from far outside the figure to its edge: positions are kept within ±{limit} px.',
  'repair.sizeClamped': 'Reduced the size of {count, plural, one {a node} other {# nodes}} ({ids}) to at most {limit} px.',
  'repair.bendsOutside': 'Removed the bend points of {count, plural, one {an edge} other {# edges}} ({ids}) that lay outside the figure (beyond ±{limit} px); the route is computed again.',
  'repair.labelFar': 'The label of {count, plural, one {an edge} other {# edges}} ({ids}) was placed more than {limit} px from its line; it is placed automatically again.',
  'repair.bendsNotFinite': 'Removed bend points or label positions with a number too large to store from {count, plural, one {an edge} other {# edges}} ({ids}); they are computed again.',
  'repair.orderKeys': '{count, plural, one {# element} other {# elements}} had a missing, repeated or invalid order key; each was given a new key where it stood in the file.',
  'repair.labelAlong': 'Moved the label of {count, plural, one {an edge} other {# edges}} ({ids}) back onto its line: "along" must be between 0 and 1.',
  'repair.parentSelf': 'Node {id} was its own parent; it was taken out of its group.',
  'repair.parentMissing': 'Node {id} was inside {parent}, which does not exist; it was taken out of its group.',
  'repair.parentCycle': 'Node {id} was part of a loop of groups inside each other ({loop}); it was taken out of its group.',
  'repair.parentNotGroup': 'Node {id} was inside {parent}, which is not a group; it was taken out of its group.',
  'repair.parentNotGroupMoved':
    "Node {id} was inside {parent}, which is not a group (its position, far outside the figure, was moved to the figure's edge); it was taken out of its group.",
  'repair.invalidSize': '{count, plural, one {A node} other {# nodes}} ({ids}) had a zero or negative size; {count, plural, one {it now sizes} other {they now size}} itself to the label.',
  'repair.reordered': 'Some groups were listed after the nodes inside them; the nodes were reordered so each group comes first.',
  'repair.danglingEdge':
    'Removed the edge {id} ({relation} from {from} to {to}): {count, plural, one {node} other {nodes}} {missing} {count, plural, one {does} other {do}} not exist.',
  'repair.stepElementsSkipped': 'The presentation step {step} names {count, plural, one {an element} other {# elements}} ({ids}) that no longer {count, plural, one {exists} other {exist}}; {count, plural, one {it is} other {they are}} skipped.',
  'repair.duplicateStep': 'The presentation step id {id} was used twice; the first step is kept and the second was dropped.',
  'repair.stepCameraRemoved': 'The camera frame of the presentation step {step} had no area or lay outside the figure; the step now frames its elements.',
} as const satisfies Partial<Record<keyof typeof MESSAGE_PARAMS, string>>;

// The two parts together have a text for every message code: a code missing from both is named here.
type Missing = Exclude<keyof typeof MESSAGE_PARAMS, keyof typeof messages | keyof typeof messagesLater>;
export const everyMessageHasText: [Missing] extends [never] ? true : Missing = true;
