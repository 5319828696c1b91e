import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

/**
 * One-way imports (docs/decisions.md, docs/architecture.md):
 *   model ← io, layout ← routing ← store ← collab ← commands ← canvas, panels ← app;  i18n is a leaf anyone may use.
 * Each folder lists what it may NOT import.
 */
const layers = {
  model: ['io', 'layout', 'routing', 'store', 'collab', 'commands', 'canvas', 'panels', 'app', 'i18n'],
  i18n: ['model', 'io', 'layout', 'routing', 'store', 'collab', 'commands', 'canvas', 'panels', 'app'],
  io: ['layout', 'routing', 'store', 'collab', 'commands', 'canvas', 'panels', 'app'],
  layout: ['io', 'store', 'collab', 'commands', 'canvas', 'panels', 'app'],
  // The edge router (issue 10) is a kernel like layout: it may read the model and layout's types.
  routing: ['io', 'store', 'collab', 'commands', 'canvas', 'panels', 'app'],
  store: ['collab', 'commands', 'canvas', 'panels', 'app'],
  // Live co-editing (issue 13) sits on the store: it binds a store's model to a shared Yjs document.
  // It is loaded only when a session starts; commands reach it by dynamic import.
  collab: ['commands', 'canvas', 'panels', 'app'],
  commands: ['canvas', 'panels', 'app'],
  canvas: ['panels', 'app'],
  panels: ['app'],
};

/** Folders that must stay free of React and of the store. */
const PURE = ['model', 'io', 'layout', 'routing', 'i18n'];

const layerRules = Object.entries(layers).map(([folder, banned]) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...banned.map((b) => ({ group: [`../${b}/*`, `../../${b}/*`, `../../../${b}/*`, `../${b}`, `../../${b}`], message: `src/${folder} must not import src/${b} (one-way imports).` })),
          // Only the canvas renders React Flow; elsewhere its types are fine, its runtime is not.
          ...(folder === 'canvas' ? [] : [{ group: ['@xyflow/react'], allowTypeImports: true, message: 'Only src/canvas (and the app shell) use React Flow at run time.' }]),
          // The kernels and the file boundary are plain TypeScript: no UI framework, no store (issue 11).
          ...(PURE.includes(folder) ? [{ regex: '^(react|react-dom|zustand|zundo)(/.*)?$', message: `src/${folder} is plain TypeScript: no React, no zustand.` }] : []),
        ],
        paths: [{ name: 'elkjs', message: "Bare 'elkjs' pulls web-worker into the browser build: use elkjs/lib/elk-api with a worker." }],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'public', 'bench/tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Text is always text: no HTML injection APIs anywhere (issue 5).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Text is always text: use textContent or React children.' },
        { property: 'outerHTML', message: 'Text is always text.' },
        { property: 'insertAdjacentHTML', message: 'Text is always text.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is always text.' }],
    },
  },
  ...layerRules,
  {
    // Type-aware rules and import cycles for the app's own code (issue 11). A dropped promise is how
    // an import or an export fails with no message; a cycle is how a layer starts to lean on its callers.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Dependencies are parsed as TypeScript too, or a cycle through a .ts file goes unseen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // No prototype lookups on data (issue 17): in the document, import and layout code, maps keyed by
  // ids, kinds, placeholder names or language tags are Maps or Object.create(null). A plain `{}`
  // hands back Object.prototype's members for ids like `constructor`, and `x.__proto__ = …` sets
  // its prototype instead of a key. `in` also finds inherited members. (io/export is the export
  // engineer's and is checked separately.)
  {
    files: ['src/model/**/*.ts', 'src/io/**/*.ts', 'src/layout/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/io/export/**', '**/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Text is always text.' },
        { selector: "VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name='Record'] > ObjectExpression.init[properties.length=0]", message: 'A Record keyed by data must not start as {}: use a Map or Object.create(null) (issue 17).' },
        { selector: 'Property > ObjectExpression.value[properties.length=0]', message: 'An empty {} as a field is a map with a prototype: use a Map or Object.create(null) if it is keyed by data (issue 17).' },
        { selector: "CallExpression[callee.object.name='Object'][callee.property.name='assign'] > ObjectExpression.arguments:first-child", message: 'Object.assign({}, data) can set a prototype from a "__proto__" key: use a Map, Object.fromEntries or Object.create(null) (issue 17).' },
        { selector: "BinaryExpression[operator='in']", message: '`in` also finds Object.prototype members (`"constructor" in {}` is true): use Object.hasOwn or a Map (issue 17).' },
      ],
    },
  },
);
