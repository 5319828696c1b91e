/** English UI strings: Auto layout, import and export (issues 4, 5). */
export const layoutIO = {
  // -- layout (issue 4)
  'cmd.layoutOptions': 'Layout options',
  'cmd.cancelLayout': 'Cancel layout',
  'cmd.layout.figure': 'Figure (bands by kind)',
  'cmd.layout.layeredRight': 'Layered, left → right',
  'cmd.layout.layeredDown': 'Layered, top → down',
  'cmd.layout.organic': 'Organic (small models)',
  'cmd.layout.radial': 'Radial around the selected node',
  'cmd.layout.selection': 'Selection only',
  'layout.running': 'Laying out…',
  // -- import and export (issue 5)
  'cmd.exportSvg': 'Export SVG',
  'drop.label': 'Drop a .json file to open it',
} as const;
