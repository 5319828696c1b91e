import type { figure as en } from '../en/figure';

/** 中文界面文字: edge routing, publication export and hand placement (issue 10); the same keys as `en/figure.ts` (a missing key is a compile error). */
export const figure: Record<keyof typeof en, string> = {
  'route.timeout': '连线绕开节点的计算耗时过长，暂以直线显示。',
  'route.failed': '连线路由失败，暂以直线显示。',
  'route.tooLarge': '此模型过大（节点与连线共 {count} 个，上限 {max}），编辑时无法让连线绕开节点，暂以直线显示。自动布局仍会为连线规划路径。',
  'edge.label.drag': '拖动可沿连线或在其旁移动此标签',
  'inspector.edgeStyle': '连线样式',
  'edgeStyle.straight': '直线',
  'edgeStyle.orthogonal': '直角折线',
  'edgeStyle.curved': '曲线',
  'inspector.figureSection': '图形',
  'inspector.edgeStyleHint': '每种样式都会绕开节点。选中连线后，拖动线上的小圆点可添加折点；拖动标签可移动它。',
  'cmd.exportPdf': '导出 PDF',
  'cmd.alignLeft': '左对齐',
  'cmd.alignCenter': '水平居中对齐',
  'cmd.alignRight': '右对齐',
  'cmd.alignTop': '顶端对齐',
  'cmd.alignMiddle': '垂直居中对齐',
  'cmd.alignBottom': '底端对齐',
  'cmd.distributeHorizontal': '水平等距分布',
  'cmd.distributeVertical': '垂直等距分布',
  'cmd.toggleSnapToGrid': '对齐网格',
};
