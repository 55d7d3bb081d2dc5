/**
 * html-validate's configuration for the built site: the recommended rules, unchanged.
 *
 * No exception is needed for inline SVG: the SVG that Vega renders (roles such as
 * `graphics-object`/`graphics-symbol`, `aria-roledescription`, `<title>`) passes the recommended
 * rules as it is, in the fixture and in the built site. Add an exception here only with the
 * reason beside it.
 */
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ['html-validate:recommended'],
  elements: ['html5'],
  rules: {
    // Tables laid out as stacked rows on narrow screens (class "stack", display: block) carry
    // their table roles explicitly: a browser may drop the implicit ones when a table's display
    // changes, and a screen reader would then read a list of text instead of a table.
    'no-redundant-role': [
      'error',
      { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] },
    ],
  },
};
