/** The smoke suite in WebKit: Playwright's own, or Debian's WebKitGTK MiniBrowser over WebDriver. */
import { chooseWebKit } from './engines.ts';
import { smokeSuite } from './smoke.ts';

smokeSuite(chooseWebKit());
