/**
 * Every UI string, in English and Chinese. Components never hold literal UI text; they call
 * `t(key)`. Diagram text (labels) is data and is localized by model/language.ts instead.
 */
export const en = {
  'app.title': 'Theory-model editor',
  'toolbar.label': 'Main toolbar',
  'cmd.undo': 'Undo',
  'cmd.redo': 'Redo',
  'cmd.autoLayout': 'Auto layout',
  'cmd.importJson': 'Import JSON',
  'cmd.exportJson': 'Export JSON',
  'cmd.exportPng': 'Export PNG',
  'cmd.fitView': 'Fit view',
  'cmd.toggleLegend': 'Show or hide the legend',
  'legend.title': 'Legend',
  'legend.kinds': 'Elements',
  'legend.relations': 'Relations',
  'legend.hide': 'Hide legend',
  'legend.show': 'Show legend',
  'notice.dismiss': 'Dismiss',
  'notice.unknownExample': 'There is no example named “{name}”. Opened Figure 2 instead.',
  'notice.exampleFailed': 'The example “{name}” could not be opened: {reason}',
  'canvas.label': 'Model canvas',
  'node.aria': '{kind}: {label}',
  'edge.aria': '{source} → {target}: {relation}',
  'translation.missing': 'translation missing',
  'rf.controls': 'Zoom controls',
  'rf.zoomIn': 'Zoom in',
  'rf.zoomOut': 'Zoom out',
  'rf.fitView': 'Fit view',
  'rf.interactive': 'Toggle interactivity',
  'rf.minimap': 'Mini map',
  'rf.nodeDescription': 'Press enter or space to select a node. You can then use the arrow keys to move the node around. Press delete to remove it and escape to cancel.',
  'rf.nodeMoved': 'Moved selected node {direction}. New position, x: {x}, y: {y}',
  'rf.handle': 'Connection handle',
  'rf.edgeDescription': 'Press enter or space to select an edge. You can then press delete to remove it or escape to cancel.',
  'lang.label': 'Interface language',
  // -- editing (issue 3)
  // -- layout (issue 4)
  // -- import and export (issue 5)
  // -- templates, languages, checks, links (issue 6)
} as const;

export type StringKey = keyof typeof en;

export const zh: Record<StringKey, string> = {
  'app.title': '理论模型编辑器',
  'toolbar.label': '主工具栏',
  'cmd.undo': '撤销',
  'cmd.redo': '重做',
  'cmd.autoLayout': '自动布局',
  'cmd.importJson': '导入 JSON',
  'cmd.exportJson': '导出 JSON',
  'cmd.exportPng': '导出 PNG',
  'cmd.fitView': '适应视图',
  'cmd.toggleLegend': '显示或隐藏图例',
  'legend.title': '图例',
  'legend.kinds': '要素',
  'legend.relations': '关系',
  'legend.hide': '隐藏图例',
  'legend.show': '显示图例',
  'notice.dismiss': '关闭',
  'notice.unknownExample': '没有名为“{name}”的示例，已打开图 2。',
  'notice.exampleFailed': '无法打开示例“{name}”：{reason}',
  'canvas.label': '模型画布',
  'node.aria': '{kind}：{label}',
  'edge.aria': '{source} → {target}：{relation}',
  'translation.missing': '缺少译文',
  'rf.controls': '缩放控件',
  'rf.zoomIn': '放大',
  'rf.zoomOut': '缩小',
  'rf.fitView': '适应视图',
  'rf.interactive': '切换交互',
  'rf.minimap': '缩略图',
  'rf.nodeDescription': '按回车或空格选择节点，然后可用方向键移动节点。按 Delete 删除，按 Esc 取消。',
  'rf.nodeMoved': '已将所选节点向{direction}移动。新位置 x：{x}，y：{y}',
  'rf.handle': '连接点',
  'rf.edgeDescription': '按回车或空格选择连线，然后可按 Delete 删除，按 Esc 取消。',
  'lang.label': '界面语言',
  // -- editing (issue 3)
  // -- layout (issue 4)
  // -- import and export (issue 5)
  // -- templates, languages, checks, links (issue 6)
};

export const UI_LANGUAGES = ['en', 'zh'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
