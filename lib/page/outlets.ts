/**
 * Known Arabic news outlets: display names for the panel and a stronger prior for detection.
 * Detection does not depend on this list (an unlisted site is still recognised from its page);
 * the list only names the outlet. An outlet is matched by the page's hostname (or its canonical /
 * og:url link when that is on the same site: the page controls those, issue 14). A declared site
 * name (og:site_name, JSON-LD publisher) never names a listed outlet on another host.
 */
export interface Outlet {
  id: string;
  nameAr: string;
  nameEn: string;
  /** Hostnames (a subdomain matches too); `path` limits a shared host (bbc.com/arabic). */
  hosts: { host: string; path?: string }[];
  /** Site names as pages write them (og:site_name, publisher), compared after folding. */
  siteNames: string[];
}

export interface OutletRef {
  id: string;
  nameAr: string;
  nameEn: string;
}

export const OUTLETS: readonly Outlet[] = [
  {
    id: 'arabi21',
    nameAr: 'عربي21',
    nameEn: 'Arabi21',
    hosts: [{ host: 'arabi21.com' }],
    siteNames: ['عربي21', 'عربي 21', 'Arabi21'],
  },
  {
    id: 'aljazeera',
    nameAr: 'الجزيرة نت',
    nameEn: 'Al Jazeera',
    hosts: [{ host: 'aljazeera.net' }, { host: 'aljazeera.com', path: '/ar' }],
    siteNames: ['الجزيرة نت', 'الجزيرة', 'Al Jazeera', 'الجزيرة.نت'],
  },
  {
    id: 'bbcarabic',
    nameAr: 'بي بي سي عربي',
    nameEn: 'BBC News Arabic',
    hosts: [
      { host: 'bbc.com', path: '/arabic' },
      { host: 'bbc.co.uk', path: '/arabic' },
    ],
    siteNames: ['BBC News عربي', 'BBC Arabic', 'بي بي سي عربي', 'BBC عربي'],
  },
  {
    id: 'alarabiya',
    nameAr: 'العربية',
    nameEn: 'Al Arabiya',
    hosts: [{ host: 'alarabiya.net' }],
    siteNames: ['العربية', 'العربية.نت', 'Al Arabiya'],
  },
  {
    id: 'skynewsarabia',
    nameAr: 'سكاي نيوز عربية',
    nameEn: 'Sky News Arabia',
    hosts: [{ host: 'skynewsarabia.com' }],
    siteNames: ['سكاي نيوز عربية', 'Sky News Arabia'],
  },
  {
    id: 'cnnarabic',
    nameAr: 'سي إن إن بالعربية',
    nameEn: 'CNN Arabic',
    hosts: [{ host: 'arabic.cnn.com' }],
    siteNames: ['CNN Arabic', 'CNNArabic', 'CNN بالعربية', 'سي إن إن بالعربية'],
  },
  {
    id: 'france24',
    nameAr: 'فرانس 24',
    nameEn: 'France 24 Arabic',
    hosts: [{ host: 'france24.com', path: '/ar' }],
    siteNames: ['فرانس 24', 'فرانس24', 'France 24'],
  },
  {
    id: 'aawsat',
    nameAr: 'الشرق الأوسط',
    nameEn: 'Asharq Al-Awsat',
    hosts: [{ host: 'aawsat.com' }],
    siteNames: ['الشرق الأوسط', 'Asharq Al-Awsat', 'Aawsat'],
  },
  {
    id: 'independentarabia',
    nameAr: 'اندبندنت عربية',
    nameEn: 'Independent Arabia',
    hosts: [{ host: 'independentarabia.com' }],
    siteNames: ['اندبندنت عربية', 'إندبندنت عربية', 'Independent Arabia', 'Independent عربية'],
  },
  {
    id: 'alquds',
    nameAr: 'القدس العربي',
    nameEn: 'Al-Quds Al-Arabi',
    hosts: [{ host: 'alquds.co.uk' }],
    siteNames: ['القدس العربي', 'Al-Quds Al-Arabi', 'Alquds Alarabi'],
  },
  {
    id: 'alaraby',
    nameAr: 'العربي الجديد',
    nameEn: 'Al-Araby Al-Jadeed',
    hosts: [{ host: 'alaraby.co.uk' }],
    siteNames: ['العربي الجديد', 'Al-Araby Al-Jadeed', 'The New Arab'],
  },
  {
    id: 'enabbaladi',
    nameAr: 'عنب بلدي',
    nameEn: 'Enab Baladi',
    hosts: [{ host: 'enabbaladi.net' }],
    siteNames: ['عنب بلدي', 'Enab Baladi'],
  },
  {
    id: 'rtarabic',
    nameAr: 'آر تي عربي',
    nameEn: 'RT Arabic',
    hosts: [{ host: 'arabic.rt.com' }],
    siteNames: ['RT Arabic', 'RT عربي', 'روسيا اليوم', 'آر تي عربي'],
  },
  {
    id: 'dwarabic',
    nameAr: 'دويتشه فيله عربي',
    nameEn: 'DW Arabic',
    hosts: [{ host: 'dw.com', path: '/ar' }],
    siteNames: ['DW عربية', 'DW Arabic', 'دويتشه فيله'],
  },
  {
    id: 'anadolu',
    nameAr: 'الأناضول',
    nameEn: 'Anadolu Agency',
    hosts: [{ host: 'aa.com.tr', path: '/ar' }],
    siteNames: ['الأناضول', 'وكالة الأناضول', 'Anadolu Ajansı', 'Anadolu Agency'],
  },
  {
    id: 'youm7',
    nameAr: 'اليوم السابع',
    nameEn: 'Youm7',
    hosts: [{ host: 'youm7.com' }],
    siteNames: ['اليوم السابع', 'Youm7'],
  },
  {
    id: 'hespress',
    nameAr: 'هسبريس',
    nameEn: 'Hespress',
    hosts: [{ host: 'hespress.com' }],
    siteNames: ['هسبريس', 'Hespress'],
  },
  {
    id: 'alhurra',
    nameAr: 'الحرة',
    nameEn: 'Alhurra',
    hosts: [{ host: 'alhurra.com' }],
    siteNames: ['الحرة', 'Alhurra'],
  },
  {
    id: 'aljazeeramubasher',
    nameAr: 'الجزيرة مباشر',
    nameEn: 'Al Jazeera Mubasher',
    hosts: [{ host: 'aljazeeramubasher.net' }],
    siteNames: ['الجزيرة مباشر'],
  },
  {
    id: 'almayadeen',
    nameAr: 'الميادين',
    nameEn: 'Al Mayadeen',
    hosts: [{ host: 'almayadeen.net' }],
    siteNames: ['الميادين', 'Al Mayadeen'],
  },
  {
    id: 'asharqnews',
    nameAr: 'الشرق',
    nameEn: 'Asharq News',
    hosts: [{ host: 'asharq.com' }],
    siteNames: ['الشرق للأخبار', 'Asharq News'],
  },
  {
    id: 'masrawy',
    nameAr: 'مصراوي',
    nameEn: 'Masrawy',
    hosts: [{ host: 'masrawy.com' }],
    siteNames: ['مصراوي', 'Masrawy'],
  },
  {
    id: 'almasryalyoum',
    nameAr: 'المصري اليوم',
    nameEn: 'Al-Masry Al-Youm',
    hosts: [{ host: 'almasryalyoum.com' }],
    siteNames: ['المصري اليوم', 'Al-Masry Al-Youm'],
  },
  {
    id: 'annahar',
    nameAr: 'النهار',
    nameEn: 'Annahar',
    hosts: [{ host: 'annahar.com' }],
    siteNames: ['النهار', 'النهار العربي', 'Annahar'],
  },
  {
    id: 'alaraby-tv',
    nameAr: 'التلفزيون العربي',
    nameEn: 'Alaraby TV',
    hosts: [{ host: 'alaraby.com' }],
    siteNames: ['التلفزيون العربي', 'Alaraby TV'],
  },
];

/** Lower-cases, drops "www.", and folds Arabic spelling variants so names compare loosely. */
function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[\s._\-|:–—]+/g, ' ')
    .trim();
}

const BY_NAME = new Map<string, Outlet>();
for (const o of OUTLETS) {
  for (const n of o.siteNames) BY_NAME.set(foldName(n), o);
}

function ref(o: Outlet): OutletRef {
  return { id: o.id, nameAr: o.nameAr, nameEn: o.nameEn };
}

/** The known outlet serving this URL, or null. A longer host/path match wins (arabic.cnn.com over cnn.com). */
export function outletByUrl(url: string | null | undefined): OutletRef | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeSafe(u.pathname).toLowerCase();
  let best: Outlet | null = null;
  let bestLen = -1;
  for (const o of OUTLETS) {
    for (const h of o.hosts) {
      const hostOk = host === h.host || host.endsWith(`.${h.host}`);
      if (!hostOk) continue;
      if (h.path && !(path === h.path || path.startsWith(`${h.path}/`) || path.startsWith(`${h.path}-`))) continue;
      const len = h.host.length + (h.path?.length ?? 0);
      if (len > bestLen) {
        best = o;
        bestLen = len;
      }
    }
  }
  return best ? ref(best) : null;
}

/** The known outlet whose declared site name is `name` (og:site_name, JSON-LD publisher), or null. */
export function outletBySiteName(name: string | null | undefined): OutletRef | null {
  if (!name) return null;
  const o = BY_NAME.get(foldName(name));
  return o ? ref(o) : null;
}

/**
 * True when `link` is on the page's host or one sharing its parent domain (www.x.com and m.x.com; not
 * 127.0.0.1 and aljazeera.net). Used before trusting an address the page itself declares.
 */
export function sameSite(pageUrl: string | null | undefined, link: string | null | undefined): boolean {
  const host = (u: string | null | undefined) => {
    try {
      return u ? new URL(u).hostname.toLowerCase().replace(/^www\./, '') : '';
    } catch {
      return '';
    }
  };
  const a = host(pageUrl);
  const b = host(link);
  if (!a || !b) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
