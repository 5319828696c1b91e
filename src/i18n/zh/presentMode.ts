import type { presentMode as en } from '../en/presentMode';

/** 演示模式及其步骤（issue 14 §4）。 */
export const presentMode: Record<keyof typeof en, string> = {
  'cmd.present': '演示',
  'cmd.presentSteps': '演示步骤…',
  'cmd.addStepFromSelection': '用所选内容添加演示步骤',
  'steps.actorWithDrivers': '{actor}及其{drivers}',
  'steps.relations': '各要素之间的关系',
  'steps.listSeparator': '、',
  'steps.newName': '步骤 {index}',
};
