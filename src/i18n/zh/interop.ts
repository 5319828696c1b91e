import type { interop as en } from '../en/interop';

/** 互操作（议题 12）：其他工具的格式、导入报告、“导出为…”。 */
export const interop: Record<keyof typeof en, string> = {
  'cmd.importAny': '导入…',
  'cmd.exportAs': '导出为…',
};
