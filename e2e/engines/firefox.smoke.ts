/** The smoke suite in Firefox: Playwright's own, or Debian's Firefox ESR over WebDriver BiDi. */
import { chooseFirefox } from './engines.ts';
import { smokeSuite } from './smoke.ts';

smokeSuite(chooseFirefox());
