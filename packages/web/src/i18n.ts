import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, nl } from './locales';

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('gd.language');

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
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
