/**
 * English UI strings of the `live` area that nothing shows before the first render (issue 15):
 * loaded after it, and before any lazily loaded panel or dialog renders (i18n/translate.ts).
 */
export const liveLater = {
  'live.title': 'Live session',
  'live.intro': 'Everyone with the edit link changes this model with you in real time. The read-only link lets people watch.',
  'live.server': 'Server',
  'live.start': 'Start',
  'live.starting': 'Starting…',
  'live.editLink': 'Edit link',
  'live.readLink': 'Read-only link',
  'live.copy': 'Copy',
  'live.copied': 'Copied',
  'live.leave': 'Leave session',
  'live.startFailed': 'The live session could not start: {reason}',
} as const;
