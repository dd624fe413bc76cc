import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, nl } from './locales';

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('gd.language');

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  // Some texts join later, with the chunks that show them (the legal route's: `legal/i18n-legal.ts`); what
  // is on screen then renders again, so a text that was not there yet (a page title) appears.
  react: { bindI18nStore: 'added' },
});

// In the browser the page's language follows the choice; outside it (unit tests) there is no page.
if (typeof document !== 'undefined') {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    localStorage.setItem('gd.language', lng);
  });
  document.documentElement.lang = i18n.language;
}

export default i18n;
