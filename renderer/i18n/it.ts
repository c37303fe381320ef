// Italian texts; the Texts type keeps them in step with English.
import type { Texts } from './en';

export const it: Texts = {
  app: { name: 'Partner Desk', skipToContent: 'Vai al contenuto' },
  nav: {
    label: 'Navigazione principale',
    customers: 'Clienti',
    invitations: 'Inviti',
    referrals: 'Segnalazioni',
    partners: 'Partner',
    settings: 'Impostazioni',
  },
  coming: {
    customers: 'L’elenco clienti, l’aggiunta di clienti e la modifica dei dati di fatturazione arrivano nella prossima versione di Partner Desk.',
    invitations: 'L’invito dei clienti esistenti e il monitoraggio degli inviti arrivano in una prossima versione.',
    referrals: 'La casella delle segnalazioni arriva in una prossima versione.',
    partners: 'Provider indiretti, rivenditori e il profilo partner arrivano in una prossima versione.',
    title: 'In arrivo',
  },
  status: {
    connectivity: {
      online: 'Online',
      offline: 'Offline',
      degraded: 'Partner Center non raggiungibile',
    },
    connectivityLabel: 'Connessione: {{state}}',
    sync: {
      synced: 'Tutte le modifiche sono in Partner Center',
      syncing: 'Invio delle modifiche…',
      offline: 'Offline: le modifiche restano su questo computer',
      degraded: 'Partner Center non risponde: le modifiche sono conservate e verranno inviate',
      paused: 'Sincronizzazione in pausa: accedi di nuovo per continuare',
    },
    pending_one: '{{count}} modifica in attesa',
    pending_other: '{{count}} modifiche in attesa',
    firstSync: 'Scaricamento dei clienti da Partner Center: {{count}} finora',
    attention_one: '{{count}} modifica richiede il tuo intervento',
    attention_other: '{{count}} modifiche richiedono il tuo intervento',
    lastSynced: 'controllato alle {{time}}',
  },
  settings: {
    title: 'Impostazioni',
    language: 'Lingua',
    languageHint: 'Partner Desk segue la lingua del computer, a meno che tu non ne scelga una qui.',
    languageSystem: 'Come il computer ({{language}})',
    lockedByOffice: 'Impostato dal tuo ufficio',
    appearance: 'Aspetto',
    appearanceHint: 'Il tema chiaro o scuro segue l’impostazione del computer.',
    about: 'Informazioni',
    version: 'Versione',
    cloud: 'Cloud',
    apiAddress: 'Indirizzo di Partner Center',
    saveFailed: 'L’impostazione non è stata salvata: {{message}}',
    clouds: {
      global: 'Partner Center (globale)',
      usgov: 'Microsoft Cloud for US Government',
      germany: 'Microsoft Cloud Germania',
      china: 'Microsoft Azure gestito da 21Vianet',
      emulator: 'Emulatore di Partner Center (demo)',
    },
  },
  languages: { en: 'English', it: 'Italiano' },
  officeConfig: {
    title: 'Non è stato possibile usare il file di impostazioni del tuo ufficio',
    userTitle: 'Alcune tue impostazioni non sono state usate',
    body: '{{file}}: {{fault}}.',
    advice: 'Partner Desk usa le impostazioni predefinite. Chiedi al tuo reparto IT di correggere il file.',
    userAdvice: 'Quelle impostazioni sono state ignorate; impostale di nuovo in Impostazioni.',
  },
  errors: {
    notInShell: 'Partner Desk non riesce a raggiungere la sua applicazione desktop. Riavvia l’app; se il problema continua, reinstallala.',
  },
};
