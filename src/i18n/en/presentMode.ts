/** Presentation mode and its steps (issue 14 §4). */
export const presentMode = {
  'cmd.present': 'Present',
  'cmd.presentSteps': 'Presentation steps…',
  'cmd.addStepFromSelection': 'Add presentation step from selection',
  'steps.actorWithDrivers': '{actor} and its {drivers}',
  'steps.relations': 'The relations',
  'steps.listSeparator': ', ',
  'steps.newName': 'Step {index}',
} as const;
