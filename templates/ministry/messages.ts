import type { LocaleCode } from '../../src/content/viewModels'

/** Interface strings of the ministry's own pages (directory, network news, feeds), one place per locale. */
export type MinistryMessages = {
  directoryTitle: string
  directoryIntro: string
  byCountry: string
  closed: string
  networkNewsTitle: string
  networkNewsIntro: string
  from: string
  feedsTitle: string
  feedsIntro: string
  opml: string
  networkFeed: string
  country: string
  mission: string
}

const MESSAGES: Record<LocaleCode, MinistryMessages> = {
  es: {
    directoryTitle: 'Directorio de la red diplomática y consular',
    directoryIntro: 'Embajadas, consulados y misiones permanentes, por país.',
    byCountry: 'Por país', closed: 'cerrada',
    networkNewsTitle: 'Noticias de la red', networkNewsIntro: 'Los últimos comunicados de todas las misiones.',
    from: 'Publicado por',
    feedsTitle: 'Fuentes RSS y JSON', feedsIntro: 'Suscríbase a las noticias de toda la red o de cada misión.',
    opml: 'Todas las fuentes en un archivo OPML', networkFeed: 'Noticias de toda la red',
    country: 'País', mission: 'Misión',
  },
  en: {
    directoryTitle: 'Directory of the diplomatic and consular network',
    directoryIntro: 'Embassies, consulates and permanent missions, by country.',
    byCountry: 'By country', closed: 'closed',
    networkNewsTitle: 'Network news', networkNewsIntro: 'The latest releases from every mission.',
    from: 'Published by',
    feedsTitle: 'RSS and JSON feeds', feedsIntro: 'Subscribe to the news of the whole network or of each mission.',
    opml: 'Every feed in one OPML file', networkFeed: 'News from the whole network',
    country: 'Country', mission: 'Mission',
  },
  fr: {
    directoryTitle: 'Annuaire du réseau diplomatique et consulaire',
    directoryIntro: 'Ambassades, consulats et missions permanentes, par pays.',
    byCountry: 'Par pays', closed: 'fermée',
    networkNewsTitle: 'Actualités du réseau', networkNewsIntro: 'Les derniers communiqués de toutes les missions.',
    from: 'Publié par',
    feedsTitle: 'Flux RSS et JSON', feedsIntro: 'Abonnez-vous aux actualités de tout le réseau ou de chaque mission.',
    opml: 'Tous les flux dans un fichier OPML', networkFeed: 'Actualités de tout le réseau',
    country: 'Pays', mission: 'Mission',
  },
  zh: {
    directoryTitle: '外交和领事网络名录',
    directoryIntro: '按国家列出的使馆、领事馆和常驻代表团。',
    byCountry: '按国家', closed: '已关闭',
    networkNewsTitle: '网络新闻', networkNewsIntro: '所有使团的最新新闻稿。',
    from: '发布者',
    feedsTitle: 'RSS 和 JSON 订阅源', feedsIntro: '订阅整个网络或各使团的新闻。',
    opml: '所有订阅源（OPML 文件）', networkFeed: '整个网络的新闻',
    country: '国家', mission: '使团',
  },
  ar: {
    directoryTitle: 'دليل الشبكة الدبلوماسية والقنصلية',
    directoryIntro: 'السفارات والقنصليات والبعثات الدائمة، حسب البلد.',
    byCountry: 'حسب البلد', closed: 'مغلقة',
    networkNewsTitle: 'أخبار الشبكة', networkNewsIntro: 'أحدث البيانات الصحفية من جميع البعثات.',
    from: 'نشره',
    feedsTitle: 'خلاصات RSS وJSON', feedsIntro: 'اشترك في أخبار الشبكة بأكملها أو أخبار كل بعثة.',
    opml: 'جميع الخلاصات في ملف OPML', networkFeed: 'أخبار الشبكة بأكملها',
    country: 'البلد', mission: 'البعثة',
  },
}

export const ministryMessagesFor = (locale: LocaleCode): MinistryMessages => MESSAGES[locale]
