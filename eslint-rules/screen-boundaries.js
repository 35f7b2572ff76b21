import path from 'node:path';

/**
 * The renderer's modules stand side by side: a screen area (renderer/src/screens/<área>) never
 * imports another area, and the shared layers (components, api, format, documents, theme) never
 * import a screen. What two areas share lives in a shared layer.
 */
const SRC = path.join('renderer', 'src');
const SHARED = ['components', 'api', 'format', 'documents', 'theme'];

/** 'screens/caja', 'components', … for a file under renderer/src; null elsewhere. */
function placeOf(file) {
  const rel = path.relative(path.resolve(SRC), path.resolve(file));
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const [top, area] = rel.split(path.sep);
  if (top === 'screens' && area && !area.includes('.')) return `screens/${area}`;
  return top;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Una pantalla no importa otra; las capas compartidas no importan pantallas.' },
    schema: [],
  },
  create(context) {
    const from = placeOf(context.filename);
    if (from === null) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = placeOf(path.resolve(path.dirname(context.filename), source));
      if (to === null || !to.startsWith('screens/') || to === from) return;
      if (from.startsWith('screens/')) {
        context.report({
          node,
          message: `Una pantalla no importa otra (${from} → ${to}): lleve lo compartido a components/, api/ o format/.`,
        });
      } else if (SHARED.includes(from)) {
        context.report({ node, message: `${from}/ es compartido y no depende de una pantalla (${to}).` });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        // vi.mock('../otra-pantalla/…') ties a test to another area just the same.
        const callee = node.callee;
        if (callee.type === 'MemberExpression' && callee.object.name === 'vi' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};
