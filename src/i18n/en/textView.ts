/** The text view (issue 12 item 2): its command, panel and the messages of text errors. */
export const textView = {
  'cmd.textView': 'Text view',
  'textView.title': 'Text view',
  'textView.loading': 'Loading the text editor…',
} as const;
