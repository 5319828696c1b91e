/** English UI strings: edge routing, publication export and hand placement (issue 10). */
export const figure = {
  // -- edge routing, bend points, label positions, edge style (issue 10)
  'route.timeout': 'Routing the edges around the nodes took too long; they are drawn as straight lines for now.',
  'route.failed': 'The edge router failed; edges are drawn as straight lines for now.',
  'route.tooLarge': 'This model is too large to route edges around nodes as you edit ({count} nodes and edges; the limit is {max}): edges are drawn straight. Auto layout still routes them.',
  'edge.label.drag': 'Drag to move this label along or beside its edge',
  'inspector.edgeStyle': 'Edge style',
  'edgeStyle.straight': 'Straight',
  'edgeStyle.orthogonal': 'Orthogonal (elbows)',
  'edgeStyle.curved': 'Curved',
  'inspector.figureSection': 'Figure',
  'inspector.edgeStyleHint': 'Every style goes around the nodes. On a selected edge, drag a small dot to add a bend point; drag a label to move it.',
  // Publication export: PDF, SVG fonts, black and white, size limits (issue 10 item 7, issue 17 item 5).
  'cmd.exportPdf': 'Export PDF',
  // Neat hand placement (issue 10, item 6).
  'cmd.alignLeft': 'Align left edges',
  'cmd.alignCenter': 'Align centres (horizontally)',
  'cmd.alignRight': 'Align right edges',
  'cmd.alignTop': 'Align top edges',
  'cmd.alignMiddle': 'Align middles (vertically)',
  'cmd.alignBottom': 'Align bottom edges',
  'cmd.distributeHorizontal': 'Distribute horizontally',
  'cmd.distributeVertical': 'Distribute vertically',
  'cmd.toggleSnapToGrid': 'Snap to grid',
} as const;
