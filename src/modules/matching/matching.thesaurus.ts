/**
 * A small thesaurus of work vocabulary, per language: the words clients use for a piece of
 * work and the words the trade uses for it, for the professions freelancers in a collective
 * typically practise (design and illustration, photography and video, writing and translation,
 * web, software and data, marketing and search, research and usability, events, accounting,
 * law). Written from general knowledge of those trades, as a general resource: no line was
 * written for, or changed after, a benchmark brief (bench/README.md says how it was made).
 *
 * Line format (as Solr's synonym files): `a, b => c, d` means a brief saying a or b is also
 * about c and d (a client's words to the trade's); `a, b, c` means the words name the same
 * work, each pointing to the others. A term of several words ("web shop") applies when the
 * brief has all its words. Words are stemmed with the collective's language, like the brief.
 *
 * The lines are grouped by trade: a trade's words, wherever they appear in a member's profile
 * and examples, say which trade that member works in (matching.trades.ts).
 */
export interface Trade {
  trade: string;
  lines: readonly string[];
}

export const TRADES: Readonly<Partial<Record<string, readonly Trade[]>>> = {
  en: [
    {
      trade: 'Packaging, brand and graphic design',
      lines: [
        'label, box, carton, wrapper, tin, jar, pouch, bottle, sleeve => packaging, packaging design, dieline',
        'packaging, packing, pack',
        'logo, wordmark, emblem => brand identity, branding, logo design',
        'look and feel, colours, colors, fonts, typeface => brand identity, branding, typography, style guide',
        'brand, branding, brand identity, visual identity, corporate design',
        'flyer, leaflet, brochure, poster, menu, catalogue, catalog => print design, layout, graphic design',
        'print, printing, printer => prepress, print production, print design',
        'shelf, supermarket, shop shelf => retail packaging, shelf impact',
        'eco, recyclable, plastic free, compostable => sustainable packaging',
      ],
    },
    {
      trade: 'Illustration',
      lines: [
        'drawing, drawings, drawn, sketch, hand drawn => illustration, illustrator',
        'illustration, illustrator, illustrate',
        'picture book, children book, kids book, storybook => children illustration, picture book illustration',
        'cartoon, comic, mascot, character => character design, illustration',
        'map, infographic, diagram => information graphics, infographic illustration',
        'pattern, wallpaper, print pattern => surface pattern design',
      ],
    },
    {
      trade: 'Photography',
      lines: [
        'photo, photos, picture, pictures, shots, images => photography, photographer, photo shoot',
        'photography, photographer, photo shoot, shoot',
        'dish, dishes, food, menu, recipe => food photography, food styling',
        'product shots, product pictures, catalogue, online shop => product photography, packshot',
        'portrait, headshot, team photo, staff photo => portrait photography, corporate headshots',
        'wedding, party, conference photos => event photography',
        'building, interior, rooms, property, flat, house => architectural photography, interior photography, real estate photography',
        'aerial, bird eye view, overhead => drone, aerial photography, aerial video',
        'retouch, touch up, edit photos, colour correction => retouching, photo editing, post production',
      ],
    },
    {
      trade: 'Video and motion',
      lines: [
        'video, film, clip, footage, movie => videography, video production, filming, editing',
        'videography, video production, filmmaker, videographer',
        'moving graphics, animated, animation, explainer => motion graphics, motion design, animation, explainer video',
        'cut, trim, put together the footage => video editing, editing, post production',
        'subtitles, captions => subtitling, captioning',
        'advert, commercial, ad => commercial video, advertising',
        'interview, documentary, testimonial => documentary video, interview filming',
        'sound, voice, music => sound design, voiceover, audio mixing',
      ],
    },
    {
      trade: 'Copywriting and content',
      lines: [
        'text, texts, words, wording, write, writing => copywriting, copywriter, copy',
        'copywriting, copywriter, copy, content writing',
        'blog, articles, posts, newsletter => content writing, content marketing, editorial',
        'tone, voice, how we sound => tone of voice, brand voice, messaging',
        'slogan, tagline, catchphrase => tagline, brand messaging',
        'product descriptions, shop texts => ecommerce copywriting, product copy',
        'proofread, check spelling, typos, correct => proofreading, copy editing, editing',
        'speech, talk, presentation => speechwriting, ghostwriting',
        'case study, customer story, success story => case studies, storytelling',
      ],
    },
    {
      trade: 'Translation and localisation',
      lines: [
        'translate, translation, in english, in german, in french, in spanish, another language => translation, translator, localization, localisation',
        'translation, translator, localization, localisation, transcreation',
        'foreign market, abroad, international customers => localization, transcreation, translation',
        'interpreter, interpreting, live translation => interpreting, interpretation',
        'certified, sworn, official documents => certified translation, sworn translation',
        'app strings, software text, website in other languages => software localization, website localization',
      ],
    },
    {
      trade: 'UX research and design',
      lines: [
        'users, customers, what people think, feedback, ask customers => user research, ux research, interviews, usability testing',
        'ux research, user research, usability testing, user interviews, user testing',
        'confusing, hard to use, people get lost, complicated, easy to use => usability, usability testing, ux design',
        'survey, questionnaire, poll => survey design, user research, quantitative research',
        'personas, journeys, why people leave => customer journey mapping, personas, user research',
        'accessible, blind, screen reader, disabled => accessibility, wcag, a11y',
        'mockup, wireframe, prototype, screens, layout of the app => ux design, ui design, wireframing, prototyping',
        'navigation, menu structure, find things => information architecture, card sorting',
      ],
    },
    {
      trade: 'Front-end development',
      lines: [
        'website, web site, site, web page, homepage, landing page => web development, front end, frontend',
        'front end, frontend, web development, web developer',
        'slow, load faster, loading time, speed => performance, web performance, page speed, core web vitals, optimisation',
        'phone, mobile, tablet, small screens => responsive design, mobile first, responsive',
        'button, form, page, animation on the page => front end, javascript, css, user interface',
        'online shop, web shop, webshop, sell online, checkout => ecommerce, e-commerce, shopify, online store',
        'react, vue, angular, svelte, javascript, typescript, frontend framework',
        'app, smartphone app, mobile app => app development, react native, ios, android',
        'sign up, signup, registration, drop off => conversion rate optimisation, a/b testing, experimentation, funnel',
        'content management, edit the site ourselves, update pages => cms, wordpress, headless cms',
      ],
    },
    {
      trade: 'Backend development',
      lines: [
        'booking, reservations, appointments, calendar => booking system, scheduling, backend, api',
        'server, database, backend, back end, api, integration',
        'connect, sync, link up, talk to each other, import, export => integration, api, interface, data pipeline',
        'login, accounts, passwords, permissions => authentication, authorization, identity',
        'payments, pay online, card payments, invoices online => payment integration, stripe, billing',
        'crash, down, outage, keeps failing, errors => reliability, monitoring, debugging, incident',
        'hosting, cloud, servers, deploy => devops, cloud infrastructure, aws, kubernetes, deployment',
        'automate, automatic, manual work, spreadsheet by hand => automation, scripting, workflow automation',
        'scale, more users, grows, traffic => scalability, performance, architecture',
      ],
    },
    {
      trade: 'Data science and analytics',
      lines: [
        'predict, forecast, estimate, how many, how much, expect => forecasting, prediction, predictive model, demand forecasting, time series',
        'forecasting, forecast, prediction, predictive modelling, time series',
        'numbers, figures, spreadsheet, excel, report, charts => data analysis, analytics, dashboard, reporting, data visualisation',
        'data analysis, analytics, data science, statistics, data analyst, data scientist',
        'dashboard, overview, kpis, key figures => dashboard, business intelligence, reporting, power bi, tableau',
        'cancel, cancellations, stop buying, lose customers, unsubscribe => churn, churn prediction, retention',
        'groups of customers, types of customers, segments => segmentation, clustering',
        'recommend, suggestions, you may also like => recommendation system, recommender',
        'ai, artificial intelligence, chatbot, smart => machine learning, nlp, large language models',
        'which works better, test two versions, compare versions => a/b testing, experimentation, statistics',
        'fraud, unusual, anomalies => anomaly detection',
      ],
    },
    {
      trade: 'SEO and growth marketing',
      lines: [
        'google, search results, found online, ranking, rank higher, visibility => seo, search engine optimisation, search engine optimization',
        'seo, search engine optimisation, search engine optimization, organic search',
        'sell, selling, sold => sales, revenue',
        'ads, advertising, adverts, paid, google ads => paid search, ppc, sem, performance marketing',
        'more customers, more sales, grow, growth, leads => growth marketing, lead generation, conversion, acquisition',
        'instagram, facebook, tiktok, linkedin, social => social media marketing, social media, community management',
        'emails, mailing, newsletter => email marketing, crm, automation',
        'local, near me, maps listing => local seo, google business profile',
        'keywords, what people search => keyword research, seo',
        'visitors, traffic, clicks => analytics, google analytics, conversion tracking',
      ],
    },
    {
      trade: 'Accounting, bookkeeping and payroll',
      lines: [
        'accounts, books, receipts, invoices, expenses, money in and out => bookkeeping, accounting, accountant',
        'bookkeeping, accounting, accountant, bookkeeper',
        'tax, taxes, tax return, hmrc, vat => tax return, self assessment, vat return, tax advice',
        'salaries, wages, pay staff, payslips => payroll, payroll processing',
        'year end, annual accounts, balance sheet => year end accounts, financial statements',
        'cash, cash flow, budget, costs => cash flow forecasting, budgeting, management accounts',
        'xero, quickbooks, sage, accounting software => cloud accounting, bookkeeping software',
      ],
    },
    {
      trade: 'Legal and contracts',
      lines: [
        'contract, agreement, terms, small print, sign => contract drafting, contract law, legal review, lawyer',
        'lawyer, solicitor, legal, attorney, counsel',
        'privacy, personal data, cookies, data protection => gdpr, data protection, privacy policy',
        'terms and conditions, terms of service, website terms => terms and conditions, consumer law',
        'copyright, trademark, logo protection, name protection, who owns => intellectual property, trademark registration, licensing',
        'employment, staff contracts, hiring, firing => employment law, employment contracts',
        'dispute, complaint, refuses to pay, claim => dispute resolution, litigation, debt recovery',
        'company setup, start a company, shareholders => company formation, corporate law, shareholder agreement',
      ],
    },
    {
      trade: 'Event planning',
      lines: [
        'event, party, conference, launch, gathering, meetup, gala, festival => event planning, event management, events',
        'event planning, event management, event planner, events',
        'venue, location, hall, catering, guests => venue sourcing, catering, guest management, logistics',
        'wedding, celebration, anniversary => wedding planning, private events',
        'team day, away day, offsite, retreat => corporate events, team building, offsite',
        'trade fair, exhibition, stand, booth => trade show, exhibition stand, trade fair',
        'online event, webinar, livestream, hybrid => virtual events, hybrid events, live streaming',
      ],
    },
  ],
  de: [
    {
      trade: 'Verpackung, Marke, Grafik',
      lines: [
        'Etikett, Etiketten, Schachtel, Karton, Dose, Glas, Verpackung, Tüte, Flasche, Banderole => Verpackungsdesign, Verpackung, Stanzkontur',
        'Verpackungsdesign, Packaging, Verpackungsgestaltung',
        'Logo, Signet, Bildmarke, Wortmarke => Corporate Design, Markendesign, Logoentwicklung, Markenidentität',
        'Farben, Schriften, Schrift, Auftritt, Erscheinungsbild => Corporate Design, Markenidentität, Typografie, Styleguide',
        'Marke, Markendesign, Corporate Design, Markenidentität, Branding',
        'Flyer, Broschüre, Plakat, Speisekarte, Katalog, Prospekt => Printdesign, Layout, Grafikdesign',
        'Druck, drucken, Druckerei => Druckvorstufe, Druckdaten, Printdesign',
        'Regal, Supermarkt, Handel => Handelsverpackung, Regalwirkung',
        'nachhaltig, plastikfrei, recycelbar, kompostierbar => nachhaltige Verpackung',
      ],
    },
    {
      trade: 'Illustration',
      lines: [
        'Zeichnung, Zeichnungen, gezeichnet, Skizze, handgezeichnet => Illustration, Illustratorin, Illustrator',
        'Illustration, Illustratorin, Illustrator, illustrieren',
        'Bilderbuch, Kinderbuch, Kinderbücher => Kinderbuchillustration, Bilderbuchillustration',
        'Comic, Maskottchen, Figur, Figuren => Charakterdesign, Illustration',
        'Karte, Infografik, Schaubild, Diagramm => Infografik, Informationsgrafik',
        'Muster, Tapete => Musterdesign, Surface Design',
      ],
    },
    {
      trade: 'Fotografie',
      lines: [
        'Foto, Fotos, Bild, Bilder, Aufnahmen => Fotografie, Fotograf, Fotografin, Fotoshooting',
        'Fotografie, Fotograf, Fotografin, Fotoshooting, Shooting',
        'Gericht, Gerichte, Essen, Speisen, Rezept, Speisekarte => Foodfotografie, Food-Styling',
        'Produktbilder, Produktfotos, Onlineshop, Katalog => Produktfotografie, Packshot',
        'Porträt, Bewerbungsfoto, Teamfoto, Mitarbeiterfotos => Porträtfotografie, Businessporträt',
        'Hochzeit, Feier, Konferenzfotos => Eventfotografie, Reportage',
        'Gebäude, Räume, Wohnung, Haus, Immobilie => Architekturfotografie, Immobilienfotografie, Interieurfotografie',
        'von oben, Vogelperspektive, Überflug => Drohne, Luftaufnahmen, Drohnenaufnahmen',
        'retuschieren, nachbearbeiten, Farbkorrektur => Retusche, Bildbearbeitung, Postproduktion',
      ],
    },
    {
      trade: 'Video und Animation',
      lines: [
        'Video, Film, Clip, Filmaufnahmen, Imagefilm => Videoproduktion, Videograf, Filmproduktion, Schnitt',
        'Videoproduktion, Videograf, Videografin, Filmemacher, Filmproduktion',
        'bewegte Grafik, animiert, Animation, Erklärvideo, Erklärfilm => Motion Design, Animation, Motion Graphics, Erklärvideo',
        'schneiden, zusammenschneiden, Rohmaterial => Videoschnitt, Schnitt, Postproduktion',
        'Untertitel => Untertitelung',
        'Werbespot, Werbefilm, Spot => Werbefilm, Werbung',
        'Interview, Dokumentation, Kundenstimmen => Dokumentarfilm, Interviewvideo',
        'Ton, Stimme, Sprecher, Musik => Sounddesign, Sprachaufnahme, Tonmischung',
      ],
    },
    {
      trade: 'Texten und Redaktion',
      lines: [
        'Text, Texte, Formulierung, schreiben, formulieren => Texten, Texterin, Texter, Copywriting',
        'Texten, Texterin, Texter, Copywriting, Redaktion',
        'Blog, Artikel, Beiträge, Newsletter, Magazin => Redaktion, Content-Marketing, Blogartikel',
        'Ton, Tonalität, wie wir klingen, Ansprache => Tonalität, Markensprache, Corporate Language',
        'Slogan, Claim, Spruch => Claim, Markenbotschaft',
        'Produktbeschreibungen, Shoptexte => Produkttexte, E-Commerce-Texte',
        'Korrektur, Rechtschreibung, Tippfehler, korrigieren, gegenlesen => Lektorat, Korrektorat',
        'Rede, Vortrag, Präsentation => Redenschreiben, Ghostwriting',
        'Kundengeschichte, Fallbeispiel, Referenz => Case Study, Storytelling',
      ],
    },
    {
      trade: 'Übersetzung',
      lines: [
        'übersetzen, Übersetzung, auf Englisch, auf Deutsch, auf Französisch, andere Sprache, fremdsprachig => Übersetzung, Übersetzerin, Übersetzer, Lokalisierung',
        'Übersetzung, Übersetzerin, Übersetzer, Lokalisierung, Fachübersetzung',
        'Ausland, internationale Kunden, neuer Markt => Lokalisierung, Transkreation, Übersetzung',
        'Dolmetscher, dolmetschen => Dolmetschen, Konferenzdolmetschen',
        'beglaubigt, Urkunde, amtlich, Zeugnis => beglaubigte Übersetzung, vereidigt',
        'App-Texte, Software-Texte, Website in anderen Sprachen => Softwarelokalisierung, Website-Lokalisierung',
      ],
    },
    {
      trade: 'UX-Research und UX-Design',
      lines: [
        'Nutzer, Kunden fragen, Meinung, Rückmeldung, Feedback => Nutzerforschung, UX-Research, Interviews, Usability-Test',
        'UX-Research, Nutzerforschung, Usability-Test, Nutzerinterviews, Nutzertests',
        'unübersichtlich, kompliziert, verwirrend, finden sich nicht zurecht, einfach zu bedienen => Usability, Benutzerfreundlichkeit, UX-Design, Usability-Test',
        'Umfrage, Fragebogen, Befragung => Umfragedesign, quantitative Forschung, Nutzerforschung',
        'Personas, Customer Journey, warum Kunden abspringen => Customer Journey Mapping, Personas, Nutzerforschung',
        'barrierefrei, blind, Screenreader, Behinderung => Barrierefreiheit, WCAG, BITV',
        'Entwurf, Wireframe, Prototyp, Klickdummy, Screens => UX-Design, UI-Design, Prototyping, Wireframes',
        'Navigation, Menü, Struktur, finden => Informationsarchitektur, Card Sorting',
      ],
    },
    {
      trade: 'Frontend-Entwicklung',
      lines: [
        'Website, Webseite, Internetseite, Homepage, Seite, Landingpage => Webentwicklung, Frontend, Frontend-Entwicklung',
        'Frontend, Frontend-Entwicklung, Webentwicklung, Webentwickler, Webentwicklerin',
        'langsam, schneller laden, Ladezeit, Geschwindigkeit => Performance, Ladezeit, Core Web Vitals, Optimierung',
        'Handy, Smartphone, mobil, Tablet => Responsive Design, Mobile First, responsiv',
        'Button, Formular, Seite, Animation => Frontend, JavaScript, CSS, Benutzeroberfläche',
        'Onlineshop, Webshop, online verkaufen, Kasse, Warenkorb => E-Commerce, Shopify, Shop',
        'React, Vue, Angular, Svelte, JavaScript, TypeScript',
        'App, Handy-App, mobile App => App-Entwicklung, React Native, iOS, Android',
        'Anmeldung, Registrierung, Formular besser => Conversion-Optimierung, A/B-Test, Experimente, Funnel',
        'selbst pflegen, Inhalte ändern, Redaktionssystem => CMS, WordPress, Headless CMS',
      ],
    },
    {
      trade: 'Backend-Entwicklung',
      lines: [
        'Buchung, Buchungen, Reservierung, Termine, Terminvergabe, Kalender => Buchungssystem, Terminbuchung, Backend, API, Schnittstelle',
        'Server, Datenbank, Backend, API, Schnittstelle, Integration',
        'verbinden, synchronisieren, anbinden, Import, Export, Abgleich => Schnittstelle, API, Integration, Datenpipeline',
        'Login, Konten, Passwörter, Rechte => Authentifizierung, Rechteverwaltung',
        'Zahlung, bezahlen, Kartenzahlung, Rechnungen online => Zahlungsintegration, Stripe, Abrechnung',
        'Absturz, stürzt ab, Ausfall, Fehler, fällt aus => Zuverlässigkeit, Monitoring, Fehlersuche',
        'Hosting, Cloud, Server, Betrieb => DevOps, Cloud-Infrastruktur, AWS, Kubernetes, Deployment',
        'automatisieren, automatisch, Handarbeit, von Hand, manuell => Automatisierung, Skripte, Workflow-Automatisierung',
        'skalieren, mehr Nutzer, wächst, Last => Skalierbarkeit, Performance, Architektur',
      ],
    },
    {
      trade: 'Datenanalyse',
      lines: [
        'vorhersagen, voraussagen, Vorhersage, Prognose, schätzen, abschätzen, wie viele, wie viel, erwarten => Prognose, Vorhersagemodell, Absatzprognose, Bedarfsprognose, Zeitreihen',
        'Prognose, Prognosen, Vorhersage, Vorhersagemodell, Zeitreihen, Zeitreihenanalyse',
        'Zahlen, Tabelle, Excel, Auswertung, Bericht, Diagramme => Datenanalyse, Auswertung, Dashboard, Reporting, Datenvisualisierung',
        'Datenanalyse, Datenanalyst, Datenanalystin, Data Science, Statistik, Analyse',
        'Dashboard, Übersicht, Kennzahlen, KPIs => Dashboard, Business Intelligence, Reporting, Power BI, Tableau',
        'kündigen, abspringen, abwandern, Kunden verlieren, abbestellen => Churn, Kündigerprognose, Kundenbindung, Abwanderung',
        'Kundengruppen, Zielgruppen, Segmente => Segmentierung, Clustering',
        'empfehlen, Empfehlungen, Vorschläge => Empfehlungssystem',
        'KI, künstliche Intelligenz, Chatbot, intelligent => Machine Learning, maschinelles Lernen, NLP',
        'was besser funktioniert, zwei Versionen, vergleichen => A/B-Test, Experimente, Statistik',
        'Betrug, Auffälligkeiten, ungewöhnlich => Anomalieerkennung',
      ],
    },
    {
      trade: 'Online-Marketing',
      lines: [
        'Google, Suchergebnisse, gefunden werden, Ranking, weiter oben, Sichtbarkeit => SEO, Suchmaschinenoptimierung',
        'SEO, Suchmaschinenoptimierung, organische Suche',
        'verkaufen, verkauft, Verkauf => Absatz, Umsatz, Vertrieb',
        'Anzeigen, Werbung, bezahlte Werbung, Google Ads => SEA, Suchmaschinenwerbung, Performance-Marketing',
        'mehr Kunden, mehr Umsatz, wachsen, Wachstum, Anfragen => Online-Marketing, Leadgenerierung, Conversion, Kundengewinnung',
        'Instagram, Facebook, TikTok, LinkedIn, sozialen Medien => Social Media, Social-Media-Marketing, Community Management',
        'Mails, Mailing, Newsletter => E-Mail-Marketing, Newsletter-Marketing, CRM',
        'lokal, in der Nähe, Maps, Branchenbuch => Local SEO, Google Unternehmensprofil',
        'Suchbegriffe, wonach Leute suchen => Keyword-Recherche, SEO',
        'Besucher, Zugriffe, Klicks => Webanalyse, Google Analytics, Conversion-Tracking',
      ],
    },
    {
      trade: 'Buchhaltung und Lohn',
      lines: [
        'Belege, Quittungen, Rechnungen, Ausgaben, Einnahmen, Kontoauszüge => Buchhaltung, Finanzbuchhaltung, Buchführung, Belegbuchung',
        'Buchhaltung, Buchführung, Finanzbuchhaltung, Buchhalter, Buchhalterin',
        'Steuer, Steuern, Finanzamt, Umsatzsteuer, Mehrwertsteuer => Steuererklärung, Umsatzsteuervoranmeldung, Steuerberatung',
        'Gehälter, Löhne, Gehalt, Mitarbeiter bezahlen, Gehaltsabrechnung => Lohnabrechnung, Lohnbuchhaltung, Entgeltabrechnung',
        'Jahresabschluss, Bilanz, Jahresende => Jahresabschluss, Bilanzierung, EÜR',
        'Liquidität, Budget, Kosten => Liquiditätsplanung, Budgetierung, Controlling',
        'DATEV, Lexoffice, sevDesk, Buchhaltungssoftware => DATEV, digitale Buchhaltung',
      ],
    },
    {
      trade: 'Recht',
      lines: [
        'Vertrag, Verträge, Vereinbarung, Kleingedrucktes, unterschreiben => Vertragsgestaltung, Vertragsrecht, Vertragsprüfung, Rechtsanwalt, Rechtsanwältin',
        'Rechtsanwalt, Rechtsanwältin, Anwalt, Anwältin, Jurist, Juristin, Kanzlei',
        'Datenschutz, personenbezogene Daten, Cookies, Datenschutzerklärung => DSGVO, Datenschutz, Datenschutzerklärung',
        'AGB, Geschäftsbedingungen, Impressum, Shopbedingungen => AGB, Verbraucherrecht, Widerrufsbelehrung',
        'Urheberrecht, Markenschutz, Marke schützen, Name schützen, Nutzungsrechte => Urheberrecht, Markenrecht, Markenanmeldung, Lizenzen',
        'Arbeitsvertrag, Mitarbeiter, Kündigung, einstellen => Arbeitsrecht, Arbeitsverträge',
        'Streit, zahlt nicht, Forderung, Mahnung, Klage => Forderungsmanagement, Inkasso, Prozessführung',
        'Firmengründung, GmbH gründen, Gesellschafter => Gesellschaftsrecht, Gründung, Gesellschaftervertrag',
      ],
    },
    {
      trade: 'Veranstaltungsplanung',
      lines: [
        'Veranstaltung, Event, Feier, Konferenz, Tagung, Fest, Party, Jubiläum, Firmenfeier, Festival => Veranstaltungsplanung, Eventmanagement, Eventplanung, Veranstaltungen',
        'Veranstaltungsplanung, Eventmanagement, Eventplanung, Eventplanerin, Eventplaner',
        'Location, Ort, Saal, Catering, Gäste => Locationsuche, Catering, Gästemanagement, Logistik',
        'Hochzeit, Geburtstag => Hochzeitsplanung, private Feiern',
        'Teamtag, Betriebsausflug, Klausur, Workshop => Firmenevents, Teambuilding, Offsite',
        'Messe, Ausstellung, Messestand, Stand => Messeauftritt, Messestand, Messebau',
        'Online-Event, Webinar, Livestream, hybrid => virtuelle Veranstaltung, Hybrid-Event, Livestreaming',
      ],
    },
  ],
};

/** Every language's lines, trades aside: what the expander reads. */
export const THESAURI: Readonly<Partial<Record<string, readonly string[]>>> = Object.fromEntries(
  Object.entries(TRADES).map(([language, trades]) => [language, (trades ?? []).flatMap((t) => t.lines)]),
);
