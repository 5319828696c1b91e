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
  'live.defaultName': 'Guest',
  'live.updateRefused': 'A change from another participant could not be used and was ignored: {reason}',
  'live.leftOut': 'Another participant sent {count, plural, one {an element} other {# elements}} that {count, plural, one {is} other {are}} not valid ({ids}); {count, plural, one {it was} other {they were}} left out.',
  'live.repaired': 'After merging, {count, plural, one {# problem} other {# problems}} in the shared model {count, plural, one {was} other {were}} repaired.',
  'live.readOnlyNotice': 'This is a read-only link: your changes are not shared and were put back.',
} as const;
