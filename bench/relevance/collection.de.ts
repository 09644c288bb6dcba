/**
 * German relevance collection (issue 18): a Leipzig collective of freelancers, their profiles
 * and the worked examples colleagues wrote when endorsing them, and briefs as clients write
 * them. Labels were fixed from the profiles alone, before any ranking was looked at.
 */
import type { RelevanceCollection } from './collection.js';

export const GERMAN: RelevanceCollection = {
  language: 'de',
  collectiveName: 'Freie Kreative Leipzig',
  members: [
    // ---------------------------------------------------------------- Verpackungs- und Markendesign
    {
      key: 'verpackung-1',
      name: 'Katrin Vogt',
      profession: 'Verpackungs- und Markendesign',
      headline:
        'Verpackungsdesign für Lebensmittel und Feinkost – von der Faltschachtel bis zum Regalauftritt',
      bio: 'Seit zwölf Jahren gestalte ich Verpackungen für kleine Manufakturen: Tee, Gewürze, Schokolade, Honig. Ich denke vom Regal her – was sieht man aus zwei Metern Entfernung? – und begleite die Produktion bis zum Andruck. Mit mehreren Druckereien in Sachsen arbeite ich seit Jahren eng zusammen.',
      skills: ['verpackungsdesign', 'faltschachtel', 'lebensmittelverpackung', 'druckvorstufe'],
      examples: [
        {
          endorsedBy: 'verpackung-4',
          skills: ['verpackungsdesign', 'faltschachtel'],
          title: 'Geschenkschachteln für eine Leipziger Teemanufaktur',
          description:
            'Katrin hat für zwölf Teesorten eine Schachtelserie entwickelt, die im Regal als Familie erkennbar ist und trotzdem jede Sorte über Farbe und Muster unterscheidet. Die Stanzkontur hat sie mit mir abgestimmt, die Reinzeichnung geliefert und den Andruck in der Druckerei begleitet, bis die Farben wirklich stimmten.',
          endorseeRole: 'Gestaltung und Reinzeichnung',
          outcome:
            'Die Serie kam pünktlich zum Weihnachtsgeschäft in den Handel, im Folgejahr wurde nachbestellt.',
        },
      ],
    },
    {
      key: 'verpackung-2',
      name: 'Jonas Albrecht',
      profession: 'Verpackungs- und Markendesign',
      headline: 'Corporate Design und Logos für Handwerk und Mittelstand',
      bio: 'Ich entwickle Erscheinungsbilder für Betriebe, die lieber arbeiten als über Marketing nachzudenken: Tischlereien, Elektriker, Metzgereien, Autohäuser. Logo, Geschäftspapiere, Fahrzeugbeschriftung und Schilder bekommen Sie aus einer Hand, und zwar so, dass es auch in zehn Jahren noch passt. Besonders gern arbeite ich mit Firmen, deren altes Logo noch vom Großvater stammt.',
      skills: ['corporate-design', 'logo-design', 'markenauftritt', 'fahrzeugbeschriftung'],
      examples: [
        {
          endorsedBy: 'foto-1',
          skills: ['corporate-design', 'logo-design'],
          title: 'Neuer Auftritt für eine Dachdeckerei in dritter Generation',
          description:
            'Jonas hat das alte Wappenlogo der Firma behutsam überarbeitet, statt es wegzuwerfen, und daraus ein komplettes Erscheinungsbild gemacht: Briefbogen, Transporterfolierung, Baustellenschilder und Arbeitskleidung. Den Inhaber hat er in drei Terminen durch alle Entscheidungen geführt, ohne ihn mit Fachbegriffen zu erschlagen. Ich habe danach die Teamfotos im neuen Look gemacht.',
          endorseeRole: 'Gestalter und Projektleitung Design',
          outcome: 'Der Inhaber wurde auf Baustellen mehrfach wegen der neuen Transporter angesprochen.',
        },
      ],
    },
    {
      key: 'verpackung-3',
      name: 'Miriam Schuster',
      profession: 'Verpackungs- und Markendesign',
      headline: 'Etiketten für Wein, Bier, Spirituosen und Feinkost',
      bio: 'Ich gestalte Flaschen- und Glasetiketten, vom Weingut an der Saale bis zur Craft-Brauerei um die Ecke. Ich kenne die Pflichtangaben, die aufs Etikett müssen, und die Tricks mit Prägung, Heißfolie und Naturpapier. Kleine Auflagen sind mir genauso lieb wie große.',
      skills: ['etikettendesign', 'verpackungsdesign', 'weinetiketten', 'veredelung'],
      examples: [
        {
          endorsedBy: 'verpackung-5',
          skills: ['etikettendesign', 'weinetiketten'],
          title: 'Etikettenserie für eine Winzerin an Saale und Unstrut',
          description:
            'Miriam hat für sechs Weine eine Etikettenserie auf strukturiertem Naturpapier entworfen, mit Blindprägung und einer Zeichnung der Weinberge, die sich von Flasche zu Flasche fortsetzt. Die Pflichtangaben hat sie mit der Winzerin durchgesprochen und die Dateien so angelegt, dass die Druckerei ohne Rückfragen produzieren konnte.',
          endorseeRole: 'Etikettengestaltung',
          outcome: 'Die Serie wurde auf einer regionalen Weinmesse ausgezeichnet.',
        },
        {
          endorsedBy: 'marketing-4',
          skills: ['etikettendesign', 'verpackungsdesign'],
          title: 'Aufkleber und Banderolen für eine Marmeladenmanufaktur',
          description:
            'Für die Marmeladen und Chutneys einer kleinen Manufaktur hat Miriam Aufkleber für die Gläser und eine Papierbanderole für Geschenksets gestaltet. Sie hat darauf geachtet, dass die Zutatenliste lesbar bleibt und die Etiketten auch im günstigen Digitaldruck gut aussehen, weil die Auflagen klein sind. Ich habe die Gläser danach auf Instagram vorgestellt.',
          endorseeRole: 'Gestalterin',
          outcome: 'Die Manufaktur wird seitdem in zwei Leipziger Feinkostläden geführt.',
        },
      ],
    },
    {
      key: 'verpackung-4',
      name: 'Florian Brandt',
      profession: 'Verpackungs- und Markendesign',
      headline: 'Verpackungsentwicklung: Konstruktion, Stanzkontur, nachhaltige Materialien',
      bio: 'Ich bin gelernter Packmitteltechnologe und habe lange in einer Kartonagenfabrik gearbeitet. Heute konstruiere ich Faltschachteln, Einsätze und Versandkartons, prüfe Materialien auf Recyclingfähigkeit und bereite alles für die Produktion vor. Die Gestaltung überlasse ich gern anderen – ich sorge dafür, dass die Schachtel hält.',
      skills: ['verpackungsentwicklung', 'stanzkontur', 'nachhaltige-verpackung', 'versandverpackung'],
      examples: [
        {
          endorsedBy: 'verpackung-1',
          skills: ['verpackungsentwicklung', 'nachhaltige-verpackung'],
          title: 'Plastikfreier Versandkarton für einen Kaffeeröster',
          description:
            'Florian hat für einen Onlineshop mit Kaffeebohnen einen Versandkarton konstruiert, der ohne Klebeband und ohne Füllmaterial auskommt: gesteckte Laschen und ein Einsatz aus Wellpappe, der die Tüten festhält. Er hat drei Muster bauen lassen, Falltests gemacht und die Stanzkontur erst danach für die Produktion freigegeben.',
          endorseeRole: 'Konstruktion und Materialberatung',
          outcome: 'Kaum noch Bruch im Versand, Plastik in der Verpackung komplett entfallen.',
        },
      ],
    },
    {
      key: 'verpackung-5',
      name: 'Leonie Hartmann',
      profession: 'Verpackungs- und Markendesign',
      headline: 'Markenstrategie und Rebranding für Start-ups und Familienunternehmen',
      bio: 'Bevor ich gestalte, frage ich: Wofür steht ihr, und wer soll bei euch kaufen? Aus den Antworten entwickle ich Markenkern, Logo und Gestaltungsregeln. Ich moderiere Workshops mit Geschäftsführung und Team und begleite die Einführung der erneuerten Marke, bis sie im Alltag sitzt.',
      skills: ['markenstrategie', 'rebranding', 'markendesign', 'workshop-moderation'],
      examples: [
        {
          endorsedBy: 'text-4',
          skills: ['rebranding', 'markendesign'],
          title: 'Neue Marke für einen Fahrradladen mit Werkstatt',
          description:
            'Leonie hat mit den drei Inhabern einen Workshop gemacht, in dem zum ersten Mal klar wurde, dass sie eigentlich eine Werkstatt mit Laden sind und nicht umgekehrt. Daraus hat sie Logo, Farben und Ladenbeschilderung entwickelt und die Regeln in einem schlanken Markenhandbuch festgehalten. Ich habe den Claim beigesteuert.',
          endorseeRole: 'Markenstrategin und Gestalterin',
          outcome: 'Deutlich mehr Werkstattaufträge im ersten Jahr, der Laden wirkt endlich aus einem Guss.',
        },
      ],
    },

    // ---------------------------------------------------------------- Illustration
    {
      key: 'illustration-1',
      name: 'Hanna Lindner',
      profession: 'Illustration',
      headline: 'Kinderbuchillustration – Bilderbücher, Erstlesebücher, Schulbücher',
      bio: 'Ich zeichne für Kinder, seit ich denken kann, und seit acht Jahren auch beruflich. Bisher sind vierzehn Bücher mit meinen Bildern erschienen, meist Aquarell mit Buntstift. Ich arbeite gern eng mit Autorinnen und Verlagen zusammen, von der ersten Figurenskizze bis zum fertigen Buch.',
      skills: ['kinderbuchillustration', 'bilderbuch', 'aquarell', 'figurenentwicklung'],
      examples: [
        {
          endorsedBy: 'text-2',
          skills: ['kinderbuchillustration', 'bilderbuch'],
          title: 'Bilderbuch über einen Igel, der nicht schlafen will',
          description:
            'Hanna hat zu meinem Text ein Bilderbuch mit 32 Seiten illustriert. Den Igel hat sie in vielen Skizzen entwickelt, bis er frech und trotzdem liebenswert war, und die Doppelseiten so aufgebaut, dass Kinder beim Vorlesen immer etwas zu entdecken haben. Alle Termine mit dem Verlag hat sie gehalten.',
          endorseeRole: 'Illustratorin',
          outcome: 'Das Buch ist in der zweiten Auflage und wurde nach Dänemark lizenziert.',
        },
      ],
    },
    {
      key: 'illustration-2',
      name: 'Tobias Kern',
      profession: 'Illustration',
      headline: 'Editorial-Illustration für Magazine, Zeitungen und Geschäftsberichte',
      bio: 'Ich übersetze komplizierte Themen in Bilder, die man auf den ersten Blick versteht – für Wirtschaftsmagazine, Stiftungen und Tageszeitungen. Meine Bilder entstehen digital, mit klaren Flächen und einer Prise Humor. Kurze Fristen schrecken mich nicht.',
      skills: ['editorial-illustration', 'digitale-illustration', 'konzeptillustration'],
      examples: [
        {
          endorsedBy: 'text-5',
          skills: ['editorial-illustration'],
          title: 'Titelbilder für ein Stiftungsmagazin',
          description:
            'Für vier Ausgaben eines Stiftungsmagazins hat Tobias die Titelbilder gezeichnet, zu Themen wie Pflegenotstand und Wohnungsmangel. Er hat jeweils drei Ideen skizziert, die Redaktion hat ausgewählt, und die Reinzeichnung kam innerhalb einer Woche. Seine Bilder haben unsere Texte zugespitzt, ohne sie bloß zu wiederholen.',
          endorseeRole: 'Illustrator',
          outcome: 'Nach dem Relaunch wurde die Auflage des Magazins erhöht.',
        },
      ],
    },
    {
      key: 'illustration-3',
      name: 'Sophie Berger',
      profession: 'Illustration',
      headline: 'Illustrierte Karten, Lagepläne und Infografiken',
      bio: 'Ich zeichne Stadtpläne, Wanderkarten, Campuspläne und Festivalgelände – so, dass man sich zurechtfindet und trotzdem Lust bekommt, loszugehen. Außerdem gestalte ich Infografiken für Ausstellungen und Jahresberichte. Ich arbeite mit Tusche und koloriere digital nach.',
      skills: ['kartenillustration', 'infografik', 'lageplan', 'wegeleitsystem'],
      examples: [
        {
          endorsedBy: 'event-1',
          skills: ['kartenillustration', 'lageplan'],
          title: 'Gezeichneter Geländeplan für ein Musikfestival am See',
          description:
            'Sophie hat für unser Festival am Cospudener See einen Geländeplan gezeichnet, auf dem Bühnen, Essensstände, Sanitäter und Fahrradparkplätze auf einen Blick zu finden sind. Der Plan hing großformatig am Eingang, lag im Programmheft und lief in der App. Änderungen hat sie bis zwei Tage vor Beginn eingearbeitet.',
          endorseeRole: 'Illustratorin und Kartografin',
          outcome: 'Am Infostand kamen deutlich weniger Fragen nach dem Weg als im Vorjahr.',
        },
        {
          endorsedBy: 'daten-2',
          skills: ['infografik'],
          title: 'Infografiken für eine Ausstellung zur Stadtgeschichte',
          description:
            'Für das Stadtgeschichtliche Museum hat Sophie sechs großformatige Infografiken gezeichnet, die zeigen, wie Leipzig zwischen 1850 und 1950 gewachsen ist. Ich habe die Zahlen aufbereitet, sie hat daraus Bilder gemacht, die Schulklassen genauso verstehen wie das Fachpublikum. Die Zusammenarbeit war unkompliziert und präzise.',
          endorseeRole: 'Infografikerin',
          outcome: 'Die Tafeln wurden in die Dauerausstellung übernommen.',
        },
      ],
    },
    {
      key: 'illustration-4',
      name: 'Jana Wolff',
      profession: 'Illustration',
      headline: 'Wimmelbilder und Sachbilderbücher für Kinder, Museen und Zoos',
      bio: 'Ich zeichne Wimmelbilder, auf denen es in jeder Ecke etwas zu entdecken gibt, und Sachbilderbücher, die Kindern erklären, wie ein Hafen oder ein Krankenhaus funktioniert. Meine Auftraggeber sind Kinderbuchverlage, Museen und Zoos. Ich arbeite digital, aber mit sichtbarem Strich.',
      skills: ['wimmelbild', 'sachbilderbuch', 'kinderbuchillustration', 'museumspaedagogik'],
      examples: [
        {
          endorsedBy: 'illustration-1',
          skills: ['wimmelbild', 'kinderbuchillustration'],
          title: 'Wimmelbuch über den Leipziger Zoo',
          description:
            'Jana hat für einen Leipziger Verlag ein Wimmelbuch über den Zoo gezeichnet: sieben Doppelseiten, auf denen man Tierpflegerinnen, Besucher und einen entlaufenen Pinguin durch den Tag begleitet. Sie hat vor Ort recherchiert und jedes Gehege mit den Zoopädagogen abgestimmt. Ich habe beim Kolorieren der letzten Seiten geholfen und ihre Sorgfalt bewundert.',
          endorseeRole: 'Illustratorin',
          outcome: 'Das Buch verkauft sich im Zooshop und im Buchhandel seit Jahren gut.',
        },
      ],
    },
    {
      key: 'illustration-5',
      name: 'Malte Fuchs',
      profession: 'Illustration',
      headline: 'Character Design und Storyboards für Animation und Spiele',
      bio: 'Ich entwickle Figuren, die sich bewegen wollen: für Trickfilme, Lernspiele und Werbespots. Neben Character Sheets liefere ich Storyboards und Animatics, damit das Team früh sieht, ob eine Szene funktioniert. Mit mehreren Animationsstudios arbeite ich seit Jahren zusammen.',
      skills: ['character-design', 'storyboard', 'konzeptkunst'],
      examples: [
        {
          endorsedBy: 'video-2',
          skills: ['character-design', 'storyboard'],
          title: 'Figuren und Storyboard für einen Erklärfilm zur Mülltrennung',
          description:
            'Malte hat für unseren Erklärfilm der Stadtreinigung vier Müllfiguren entworfen und das gesamte Storyboard gezeichnet, Szene für Szene mit Timing und Kamerabewegung. Dadurch mussten wir in der Animation kaum noch etwas umwerfen. Die Figuren hat er gleich in Ebenen angelegt, die sich gut riggen ließen.',
          endorseeRole: 'Character Designer und Storyboarder',
          outcome: 'Der Film läuft in Schulen, in den Testbezirken landet messbar weniger im falschen Eimer.',
        },
      ],
    },

    // ---------------------------------------------------------------- UX-Research und UX-Design
    {
      key: 'ux-1',
      name: 'Carolin Maier',
      profession: 'UX-Research und UX-Design',
      headline: 'UX-Research: Nutzerinterviews, Usability-Tests, Personas',
      bio: 'Ich finde heraus, warum Menschen an einer Software scheitern – indem ich ihnen dabei zuschaue und mit ihnen rede. Ich plane Studien, rekrutiere Teilnehmende, führe Interviews und Usability-Tests durch und übersetze die Ergebnisse in konkrete Empfehlungen für Produkt und Entwicklung.',
      skills: ['ux-research', 'nutzerinterviews', 'usability-test', 'personas'],
      examples: [
        {
          endorsedBy: 'frontend-2',
          skills: ['ux-research', 'usability-test'],
          title: 'Usability-Tests für das Kundenportal eines Stadtwerks',
          description:
            'Carolin hat mit zwölf Kundinnen und Kunden getestet, wie sie im Portal ihren Zählerstand melden und den Abschlag ändern. Sie hat die Sitzungen moderiert, Videos und Notizen ausgewertet und uns eine priorisierte Liste der zehn größten Stolpersteine übergeben. Wir in der Entwicklung wussten danach genau, was zuerst anzufassen war.',
          endorseeRole: 'UX-Researcherin',
          outcome: 'Anrufe bei der Hotline zum Abschlag gingen um ein Drittel zurück.',
        },
      ],
    },
    {
      key: 'ux-2',
      name: 'Deniz Yıldız',
      profession: 'UX-Research und UX-Design',
      headline: 'UX-Design für Apps mit Schwerpunkt Onboarding und Registrierung',
      bio: 'Die ersten fünf Minuten entscheiden, ob jemand eine App behält. Ich gestalte Registrierungsstrecken, Einführungen und leere Zustände, prüfe sie mit Klickprototypen an echten Menschen und arbeite danach mit dem Entwicklungsteam an der Umsetzung. Bisherige Projekte: Gesundheits-Apps, Banking, Vereinssoftware.',
      skills: ['ux-design', 'onboarding', 'prototyping', 'interaction-design'],
      examples: [
        {
          endorsedBy: 'ux-1',
          skills: ['onboarding', 'prototyping'],
          title: 'Kürzere Registrierung für eine Fitness-App',
          description:
            'Deniz hat die Registrierung einer Fitness-App von neun auf drei Schritte gekürzt und die Fragen nach Gewicht und Trainingszielen auf später verschoben. Die Prototypen haben wir gemeinsam mit acht Personen ausprobiert, nach jeder Runde hat er nachgebessert. Die Entwickler bekamen von ihm saubere Abläufe mit allen Fehlerfällen.',
          endorseeRole: 'UX-Designer',
          outcome: 'Die Abbruchquote bei der Registrierung hat sich halbiert.',
        },
      ],
    },
    {
      key: 'ux-3',
      name: 'Paul Engel',
      profession: 'UX-Research und UX-Design',
      headline: 'UX-Design für Fachsoftware, Verwaltung und Lager',
      bio: 'Ich mache komplexe Oberflächen benutzbar: Warenwirtschaft, Praxissoftware, Formulare für Behörden. Am Anfang stehen Workshops mit den Leuten, die täglich damit arbeiten, danach Wireframes und ein Designsystem in Figma, mit dem das Team weiterbauen kann.',
      skills: ['ux-design', 'designsystem', 'wireframes', 'figma'],
      examples: [
        {
          endorsedBy: 'backend-2',
          skills: ['ux-design', 'designsystem'],
          title: 'Neue Oberfläche für eine Lagerverwaltung',
          description:
            'Paul hat zwei Tage lang mit den Lageristen eines Großhändlers am Scanner gestanden und danach die Oberfläche unserer Lagerverwaltung neu geordnet. Seine Wireframes haben die wichtigsten Handgriffe auf einen Klick reduziert. Das Designsystem, das er in Figma angelegt hat, nutzen wir bis heute für jede neue Maske.',
          endorseeRole: 'UX-Designer',
          outcome: 'Neue Lagerkräfte sind jetzt nach zwei Tagen eingearbeitet statt nach einer Woche.',
        },
      ],
    },
    {
      key: 'ux-4',
      name: 'Greta Hoffmann',
      profession: 'UX-Research und UX-Design',
      headline: 'Service Design: Abläufe aus Kundensicht für Kliniken, Ämter und Vereine',
      bio: 'Ich schaue mir an, was Menschen erleben, bevor, während und nachdem sie eine Dienstleistung nutzen – vom ersten Anruf bis zur Rechnung. Mit Journey Maps, Workshops und Prototypen aus Pappe und Papier finden wir gemeinsam die Stellen, an denen es hakt.',
      skills: ['service-design', 'customer-journey', 'workshop-moderation'],
      examples: [
        {
          endorsedBy: 'event-2',
          skills: ['service-design', 'customer-journey'],
          title: 'Ankunft und Anmeldung in einer Rehaklinik neu gedacht',
          description:
            'Greta hat begleitet, wie Patientinnen am Anreisetag in der Klinik ankommen, und dabei zwölf Stationen gezählt, an denen sie warten oder etwas ausfüllen müssen. In zwei Workshops mit Pflege, Empfang und Verwaltung hat sie daraus einen neuen Ablauf entwickelt, den wir eine Woche lang erprobt und dann übernommen haben.',
          endorseeRole: 'Service Designerin',
          outcome: 'Die Wartezeit am Anreisetag sank von über einer Stunde auf zwanzig Minuten.',
        },
      ],
    },

    // ---------------------------------------------------------------- Frontend-Entwicklung
    {
      key: 'frontend-1',
      name: 'Max Becker',
      profession: 'Frontend-Entwicklung',
      headline: 'Websites für kleine Unternehmen, Praxen und Vereine – schnell, mobil, pflegeleicht',
      bio: 'Ich baue Internetauftritte, die auf dem Smartphone genauso gut funktionieren wie am Rechner und die meine Kunden danach selbst pflegen können. Technisch setze ich auf WordPress oder schlanke statische Seiten, je nachdem, was passt. Viele meiner Kunden sind Arztpraxen, Handwerksbetriebe und Vereine aus der Region.',
      skills: ['webentwicklung', 'responsive-design', 'wordpress', 'html-css'],
      examples: [
        {
          endorsedBy: 'foto-1',
          skills: ['webentwicklung', 'responsive-design'],
          title: 'Internetauftritt für eine Hausarztpraxis in Grünau',
          description:
            'Max hat die alte Seite der Praxis, die auf dem Handy kaum lesbar war, durch eine schnelle, übersichtliche Website ersetzt. Sprechzeiten, Urlaubsvertretung und Rezeptbestellung findet man jetzt mit einem Tipp. Die Arzthelferinnen pflegen Neuigkeiten selbst, das hat Max ihnen in einer Stunde beigebracht. Ich habe die Fotos geliefert.',
          endorseeRole: 'Webentwickler',
          outcome: 'Weniger Anrufe wegen der Sprechzeiten, die Seite lädt in unter einer Sekunde.',
        },
      ],
    },
    {
      key: 'frontend-2',
      name: 'Sarah Köhler',
      profession: 'Frontend-Entwicklung',
      headline: 'React-Entwicklerin für Webanwendungen und Dashboards',
      bio: 'Ich entwickle Oberflächen für Webanwendungen mit React und TypeScript: Kundenportale, Verwaltungsoberflächen, interaktive Auswertungen. Sauberer, getesteter Code und eine gute Zusammenarbeit mit Design und Backend sind mir wichtig.',
      skills: ['react', 'typescript', 'webanwendungen', 'dashboards'],
      examples: [
        {
          endorsedBy: 'ux-1',
          skills: ['react', 'webanwendungen'],
          title: 'Kundenportal für ein Stadtwerk umgesetzt',
          description:
            'Sarah hat das neue Kundenportal der Stadtwerke in React gebaut und dabei die Empfehlungen aus unseren Usability-Tests Punkt für Punkt umgesetzt. Jede Änderung hat sie hinter einem Schalter ausgeliefert, sodass wir neue Abläufe erst mit einem Teil der Kundschaft prüfen konnten. Ihr Code ist gut getestet und dokumentiert.',
          endorseeRole: 'Frontend-Entwicklerin',
          outcome: 'Das Portal ging ohne größere Störung live, die App-Bewertung stieg von 2,1 auf 4,3.',
        },
      ],
    },
    {
      key: 'frontend-3',
      name: 'Ole Petersen',
      profession: 'Frontend-Entwicklung',
      headline: 'Barrierefreie Webentwicklung – Screenreader, Tastaturbedienung, Kontraste',
      bio: 'Ich sorge dafür, dass Websites auch für Menschen nutzbar sind, die nicht sehen, nicht hören oder keine Maus bedienen können. Ich prüfe bestehende Seiten nach WCAG und BITV, baue Komponenten barrierefrei neu und schule Teams. Zum Testen nutze ich selbst täglich einen Screenreader.',
      skills: ['barrierefreiheit', 'wcag', 'accessibility', 'html-css'],
      examples: [
        {
          endorsedBy: 'ux-3',
          skills: ['barrierefreiheit', 'wcag'],
          title: 'Barrierefreies Antragsformular für ein Landratsamt',
          description:
            'Ole hat das Onlineformular für Wohngeld so überarbeitet, dass es sich vollständig mit Tastatur und Screenreader ausfüllen lässt. Fehlermeldungen werden jetzt vorgelesen, Felder haben verständliche Beschriftungen, die Kontraste stimmen. Er hat mit blinden Testpersonen geprüft und die Ergebnisse für das Amt nachvollziehbar dokumentiert.',
          endorseeRole: 'Entwickler für Barrierefreiheit',
          outcome: 'Der Prüfbericht nach BITV kam ohne kritische Mängel zurück.',
        },
      ],
    },
    {
      key: 'frontend-4',
      name: 'Nina Schröder',
      profession: 'Frontend-Entwicklung',
      headline: 'Onlineshops mit Shopify und Shopware – Themes, Anpassungen, Ladezeit',
      bio: 'Ich baue und verbessere Onlineshops für Händlerinnen und Händler, die gerade aus dem Baukasten herauswachsen. Ich entwickle eigene Themes, passe Checkout und Produktseiten an und kümmere mich darum, dass der Shop schnell lädt. Schnittstellen zur Warenwirtschaft überlasse ich den Kolleginnen aus dem Backend.',
      skills: ['shopify', 'shopware', 'onlineshop', 'frontend-performance'],
      examples: [
        {
          endorsedBy: 'marketing-3',
          skills: ['shopify', 'frontend-performance'],
          title: 'Schnellere Produktseiten für einen Wollversand',
          description:
            'Nina hat das Shopify-Theme eines Wollversands aufgeräumt: Bilder werden jetzt passend skaliert, überflüssige Apps sind raus, die Farbauswahl funktioniert ohne Neuladen. Ich habe vorher und nachher gemessen, die Ladezeit auf dem Handy hat sich mehr als halbiert. Sie erklärt Technik so, dass auch die Inhaberin folgen kann.',
          endorseeRole: 'Shop-Entwicklerin',
          outcome: 'Die Conversion-Rate auf Mobilgeräten stieg um ein Viertel.',
        },
      ],
    },
    {
      key: 'frontend-5',
      name: 'Elias Wagner',
      profession: 'Frontend-Entwicklung',
      headline: 'Webdesign und Entwicklung für Theater, Museen und Festivals',
      bio: 'Ich gestalte und programmiere Websites für Theater, Galerien, Festivals und Museen – vom Spielplan bis zum Onlinekatalog. Gestaltung und Code kommen bei mir aus einer Hand, meist mit einem schlanken Redaktionssystem, das auch die Praktikantin ohne Schulung bedienen kann.',
      skills: ['webdesign', 'webentwicklung', 'redaktionssystem', 'javascript'],
      examples: [
        {
          endorsedBy: 'video-1',
          skills: ['webdesign', 'webentwicklung'],
          title: 'Neue Website für ein freies Theater',
          description:
            'Elias hat für das Theater, für das ich regelmäßig Trailer drehe, eine neue Website entworfen und umgesetzt. Der Spielplan wird aus dem Ticketsystem übernommen, Trailer laufen direkt auf der Seite, und auf dem Handy findet man die nächste Vorstellung mit zwei Fingertipps. Die Dramaturgie pflegt die Inhalte selbst.',
          endorseeRole: 'Webdesigner und Entwickler',
          outcome: 'Im ersten Quartal wurden doppelt so viele Karten online verkauft.',
        },
      ],
    },

    // ---------------------------------------------------------------- Backend-Entwicklung
    {
      key: 'backend-1',
      name: 'Stefan Neumann',
      profession: 'Backend-Entwicklung',
      headline: 'Buchungs- und Reservierungssysteme für Tourismus und Gastgewerbe',
      bio: 'Ich entwickle Systeme, mit denen Gäste online Zimmer, Ferienhäuser, Kanus oder Führungen reservieren und bezahlen können – mit Belegungskalender, Anzahlung und Anbindung an Portale wie Booking.com. Ich programmiere in PHP und Python und betreue die Systeme auch nach dem Start.',
      skills: ['buchungssystem', 'reservierung', 'php', 'python', 'zahlungsanbindung'],
      examples: [
        {
          endorsedBy: 'frontend-5',
          skills: ['buchungssystem', 'reservierung'],
          title: 'Reservierung für einen Kanuverleih an der Mulde',
          description:
            'Stefan hat für einen Kanuverleih ein Reservierungssystem gebaut, in dem Boote stundenweise gebucht, Anzahlungen per Karte bezahlt und Rückgabezeiten geplant werden. Ich habe die Oberfläche gestaltet, er hat Belegung, Zahlung und die Bestätigungsmails umgesetzt. Doppelbuchungen gab es seitdem keine einzige mehr.',
          endorseeRole: 'Backend-Entwickler',
          outcome: 'Telefonische Reservierungen gingen um drei Viertel zurück.',
        },
        {
          endorsedBy: 'uebersetzung-2',
          skills: ['buchungssystem', 'zahlungsanbindung'],
          title: 'Onlinebuchung für eine kleine Pension im Harz',
          description:
            'Die Pension meiner Schwiegereltern hat Stefan an ein eigenes Buchungssystem angeschlossen: Gäste sehen freie Zimmer im Kalender, leisten eine Anzahlung und bekommen sofort eine Bestätigung. Belegungen von Booking.com werden automatisch abgeglichen, sodass kein Zimmer doppelt vergeben wird. Ich habe die Gästetexte ins Französische übersetzt.',
          endorseeRole: 'Entwickler',
          outcome: 'Die Pension beantwortet kaum noch Reservierungsanfragen am Telefon.',
        },
      ],
    },
    {
      key: 'backend-2',
      name: 'Julia Krause',
      profession: 'Backend-Entwicklung',
      headline: 'Schnittstellen und Integrationen: Warenwirtschaft, Shop, Kasse, Buchhaltung',
      bio: 'Wenn Programme nicht miteinander reden, baue ich die Brücke. Ich verbinde Onlineshops mit Warenwirtschaft, Kassensystemen, ERP und Buchhaltungssoftware, synchronisiere Bestände und Bestellungen und sorge dafür, dass Fehler auffallen, bevor die Kundschaft sie merkt. Ich arbeite mit Node.js, REST-APIs und Nachrichtenwarteschlangen.',
      skills: ['schnittstellen', 'api-integration', 'erp', 'nodejs'],
      examples: [
        {
          endorsedBy: 'frontend-4',
          skills: ['schnittstellen', 'api-integration'],
          title: 'Bestandsabgleich zwischen Shopware und Warenwirtschaft',
          description:
            'Julia hat für einen Händler für Gartenbedarf die Warenwirtschaft mit dem Shopware-Shop verbunden. Bestände, Preise und Bestellungen laufen jetzt alle fünf Minuten hin und her, und wenn etwas klemmt, bekommt der Händler eine Nachricht. Vorher hat das Lager jeden Morgen Listen abgetippt. Die Zusammenarbeit war klar und verlässlich.',
          endorseeRole: 'Integrationsentwicklerin',
          outcome: 'Keine überverkauften Artikel mehr, zwei Stunden Handarbeit pro Tag gespart.',
        },
      ],
    },
    {
      key: 'backend-3',
      name: 'Markus Lehmann',
      profession: 'Backend-Entwicklung',
      headline: 'Backend und Betrieb: Server, Datenbanken, Cloud, Sicherheit',
      bio: 'Ich kümmere mich um das, was man nicht sieht: Datenbanken, Server, Backups, Überwachung und Sicherheit. Ich ziehe alte Anwendungen in die Cloud um, mache sie schneller und sorge dafür, dass nachts niemand angerufen wird. Zu Hause bin ich in PostgreSQL, Linux und Kubernetes.',
      skills: ['devops', 'postgresql', 'cloud-migration', 'it-sicherheit'],
      examples: [
        {
          endorsedBy: 'backend-1',
          skills: ['cloud-migration', 'postgresql'],
          title: 'Umzug eines Ticketsystems in die Cloud',
          description:
            'Markus hat das in die Jahre gekommene Ticketsystem eines Konzertveranstalters von einem Server im Keller in die Cloud umgezogen, ohne dass der Vorverkauf unterbrochen wurde. Er hat die Datenbank optimiert, automatische Sicherungen eingerichtet und eine Überwachung gebaut, die rechtzeitig warnt, bevor es eng wird.',
          endorseeRole: 'DevOps- und Backend-Entwickler',
          outcome: 'Der Vorverkaufsstart lief zum ersten Mal ohne Ausfall.',
        },
      ],
    },
    {
      key: 'backend-4',
      name: 'Aylin Demir',
      profession: 'Backend-Entwicklung',
      headline: 'Terminbuchung online für Praxen, Salons und Werkstätten',
      bio: 'Ich entwickle Terminbuchungen, die sich in bestehende Praxis- und Kassensysteme einfügen: Patientinnen oder Kunden wählen online einen freien Termin, bekommen eine Erinnerung per SMS und können selbst absagen. Datenschutz bei Gesundheitsdaten nehme ich sehr ernst.',
      skills: ['terminbuchung', 'buchungssystem', 'django', 'sms-benachrichtigung'],
      examples: [
        {
          endorsedBy: 'ux-2',
          skills: ['terminbuchung', 'buchungssystem'],
          title: 'Onlinetermine für eine Kette von Friseursalons',
          description:
            'Aylin hat für sechs Friseursalons eine Terminbuchung entwickelt, in der Kundinnen Stylistin, Leistung und Uhrzeit wählen. Die Dauer richtet sich nach der Leistung, Pausen und Urlaube kommen aus dem Dienstplan. Ich habe die Oberfläche entworfen, sie hat die Logik so gebaut, dass kurzfristige Absagen sofort wieder freigegeben werden.',
          endorseeRole: 'Backend-Entwicklerin',
          outcome: 'Ausfälle durch vergessene Termine sanken um vierzig Prozent.',
        },
      ],
    },
    {
      key: 'backend-5',
      name: 'Tim Schulze',
      profession: 'Backend-Entwicklung',
      headline: 'Python-Entwicklung: Automatisierung, Datenpipelines, interne Werkzeuge',
      bio: 'Ich automatisiere lästige Routinearbeit: Rechnungen aus E-Mails auslesen, Berichte erzeugen, Daten aus verschiedenen Quellen zusammenführen. Meist entsteht dabei ein kleines internes Werkzeug mit Weboberfläche, das genau eine Sache gut kann.',
      skills: ['python', 'automatisierung', 'datenpipelines', 'interne-tools'],
      examples: [
        {
          endorsedBy: 'buchhaltung-3',
          skills: ['automatisierung', 'python'],
          title: 'Belege automatisch aus dem Postfach holen',
          description:
            'Tim hat für mein Büro ein kleines Programm geschrieben, das Rechnungen aus den E-Mail-Postfächern meiner Mandanten holt, Rechnungsnummer, Betrag und Datum ausliest und alles geordnet in den Buchhaltungsordner legt. Was das Programm nicht erkennt, landet in einer Liste zur Kontrolle. Wir sparen damit jeden Monat viele Stunden Sortierarbeit.',
          endorseeRole: 'Entwickler',
          outcome: 'Die Belegerfassung für zwanzig Mandanten läuft zur Hälfte automatisch.',
        },
      ],
    },

    // ---------------------------------------------------------------- Datenanalyse
    {
      key: 'daten-1',
      name: 'Anna Richter',
      profession: 'Datenanalyse',
      headline: 'Absatzprognosen für Bäckereien, Lebensmittelhandel und Gastronomie',
      bio: 'Ich rechne aus, wie viel morgen verkauft wird – damit weniger im Müll landet und trotzdem nichts ausgeht. Dafür verbinde ich Kassendaten mit Wetter, Feiertagen und Schulferien. Die Ergebnisse kommen als einfache Bestellvorschläge, die auch in der Backstube jeder versteht.',
      skills: ['absatzprognose', 'zeitreihenanalyse', 'python', 'lebensmittelhandel'],
      examples: [
        {
          endorsedBy: 'buchhaltung-4',
          skills: ['absatzprognose', 'zeitreihenanalyse'],
          title: 'Bestellvorschläge für eine Bäckereikette mit vierzehn Filialen',
          description:
            'Anna hat aus drei Jahren Kassendaten ein Modell gebaut, das für jede Filiale und jeden Artikel den Bedarf des nächsten Tages vorhersagt. Wetter, Ferien und Baustellen vor der Tür fließen mit ein. Die Filialleitungen bekommen morgens einen Vorschlag, den sie anpassen können. Ich mache die Lohnabrechnung der Kette und habe die Einführung miterlebt.',
          endorseeRole: 'Datenanalystin',
          outcome: 'Die Retouren sanken um knapp ein Viertel, leere Regale am Nachmittag gibt es kaum noch.',
        },
        {
          endorsedBy: 'verpackung-1',
          skills: ['absatzprognose'],
          title: 'Bedarfsplanung für einen Hofladen mit Frischetheke',
          description:
            'Anna hat für einen Hofladen, dessen Verpackungen ich gestaltet habe, ausgewertet, wie viel Salat, Milch und Fleisch an welchem Wochentag tatsächlich verkauft wird. Daraus hat sie eine einfache Tabelle gebaut, die der Inhaber jeden Montag mit den neuen Zahlen füttert und die ihm die Bestellmengen für die Woche vorschlägt.',
          endorseeRole: 'Datenanalystin',
          outcome: 'Weniger verdorbene Ware, die Frischetheke ist samstags nicht mehr schon mittags leer.',
        },
      ],
    },
    {
      key: 'daten-2',
      name: 'Lukas Meißner',
      profession: 'Datenanalyse',
      headline: 'Dashboards und Berichte mit Power BI und Excel',
      bio: 'Ich hole Zahlen aus verstreuten Tabellen, Kassensystemen und Shops zusammen und baue daraus Übersichten, die Geschäftsführung und Team wirklich anschauen. Ich arbeite mit Power BI, Excel und SQL und schule Mitarbeitende, damit sie ihre Berichte selbst weiterpflegen.',
      skills: ['dashboards', 'power-bi', 'reporting', 'excel'],
      examples: [
        {
          endorsedBy: 'marketing-1',
          skills: ['dashboards', 'reporting'],
          title: 'Monatsbericht für einen Fahrradhändler',
          description:
            'Lukas hat die Verkaufszahlen aus Kasse, Onlineshop und Werkstattsoftware eines Fahrradhändlers zusammengeführt. Statt zwanzig Excel-Listen gibt es jetzt ein Dashboard, das Umsatz, Marge und Lagerdauer pro Modell zeigt. Die Inhaber hat er so eingewiesen, dass sie selbst Filter bauen. Ich nutze die Zahlen seitdem für die Werbeplanung.',
          endorseeRole: 'BI-Berater',
          outcome: 'Ladenhüter fallen früher auf, der Lagerbestand sank um fünfzehn Prozent.',
        },
      ],
    },
    {
      key: 'daten-3',
      name: 'Felix Zimmermann',
      profession: 'Datenanalyse',
      headline: 'Nachfrageplanung und Zeitreihenmodelle für Handel und Logistik',
      bio: 'Ich entwickle statistische Modelle, die Bedarf vorhersagen: Paketmengen, Personalbedarf im Lager, Bestellmengen im Großhandel. Ich arbeite mit R und Python, benenne Unsicherheiten ehrlich und baue die Modelle so, dass sie im Alltag laufen und nicht nur auf Folien gut aussehen.',
      skills: ['nachfrageplanung', 'zeitreihen', 'r-statistik', 'machine-learning'],
      examples: [
        {
          endorsedBy: 'backend-5',
          skills: ['nachfrageplanung', 'zeitreihen'],
          title: 'Paketmengen und Schichtbedarf für ein Verteilzentrum',
          description:
            'Felix hat aus den Sendungsmengen der letzten vier Jahre ein Zeitreihenmodell gebaut, das für jede Schicht vorhersagt, wie viele Pakete ankommen. Ich habe die Datenpipeline gebaut, er das Modell samt Spannbreiten für die Planung. Die Schichtleitung plant jetzt zwei Wochen im Voraus statt am Vortag.',
          endorseeRole: 'Data Scientist',
          outcome: 'Deutlich weniger kurzfristige Leiharbeit, Prognosefehler unter zehn Prozent.',
        },
      ],
    },
    {
      key: 'daten-4',
      name: 'Merve Aksoy',
      profession: 'Datenanalyse',
      headline: 'Statistik für Experimente, Umfragen und A/B-Tests',
      bio: 'Ich helfe Teams, aus Daten belastbare Schlüsse zu ziehen: Wie groß muss eine Stichprobe sein? Ist der Unterschied echt oder Zufall? Ich plane Experimente, werte Umfragen aus und erkläre Ergebnisse ohne Formelsalat.',
      skills: ['statistik', 'ab-test', 'umfrageauswertung', 'r-statistik'],
      examples: [
        {
          endorsedBy: 'marketing-3',
          skills: ['ab-test', 'statistik'],
          title: 'Auswertung eines Versandkostentests im Onlineshop',
          description:
            'Merve hat für unseren Vergleich zweier Versandkostenmodelle die nötige Laufzeit berechnet und danach die Ergebnisse ausgewertet. Sie hat uns davon abgehalten, nach drei Tagen einen Sieger auszurufen, und am Ende sauber gezeigt, dass das neue Modell mehr Bestellungen bringt, aber den durchschnittlichen Warenkorb verkleinert.',
          endorseeRole: 'Statistikerin',
          outcome: 'Der Shop entschied sich fundiert für ein Mischmodell, das beide Effekte ausgleicht.',
        },
      ],
    },
    {
      key: 'daten-5',
      name: 'Jan Schwarz',
      profession: 'Datenanalyse',
      headline: 'Geodaten und Standortanalysen',
      bio: 'Ich beantworte Fragen, bei denen es um Orte geht: Wo lohnt sich eine neue Filiale? Woher kommen unsere Kundinnen? Ich verknüpfe Adressdaten, Bevölkerungsstatistik und Verkehrsdaten und zeige das Ergebnis auf interaktiven Karten.',
      skills: ['geodaten', 'standortanalyse', 'karten', 'qgis'],
      examples: [
        {
          endorsedBy: 'daten-2',
          skills: ['standortanalyse', 'geodaten'],
          title: 'Standortsuche für eine dritte Eisdiele',
          description:
            'Jan hat für einen Eiscafébetreiber ausgewertet, woher die Stammkundschaft der beiden bestehenden Läden kommt und wo in Leipzig ähnliche Viertel ohne Eisdiele liegen. Laufwege, Schulen und Parks hat er einbezogen und drei mögliche Standorte auf einer Karte verglichen, die der Betreiber sofort verstanden hat.',
          endorseeRole: 'Geodatenanalyst',
          outcome: 'Die neue Filiale im erstgenannten Viertel war schon in der ersten Saison profitabel.',
        },
      ],
    },

    // ---------------------------------------------------------------- Texten und Redaktion
    {
      key: 'text-1',
      name: 'Marie Schubert',
      profession: 'Texten und Redaktion',
      headline: 'Webtexte und SEO-Texte, die gefunden und gelesen werden',
      bio: 'Ich schreibe Texte für Websites: Startseiten, Leistungsseiten, Produktbeschreibungen. Dabei denke ich an Leserinnen und Suchmaschinen zugleich, ohne dass es nach Stichwortliste klingt. Meine Kunden sind Handwerksbetriebe, Praxen und Onlinehändler.',
      skills: ['webtexte', 'seo-texte', 'produktbeschreibungen', 'copywriting'],
      examples: [
        {
          endorsedBy: 'foto-3',
          skills: ['webtexte', 'seo-texte'],
          title: 'Neue Webtexte für eine Landbäckerei',
          description:
            'Für die Website einer Landbäckerei hat Marie alle Texte neu geschrieben: die Geschichte des Betriebs, die Seite über Sauerteig und die Filialseiten mit Öffnungszeiten. Ich habe parallel die Fotos gemacht. Ihre Texte sind warm, ohne kitschig zu werden, und die Bäckerei wird jetzt bei Suchen nach Holzofenbrot in der Region gefunden.',
          endorseeRole: 'Texterin',
          outcome: 'Mehr Besuche auf der Website, doppelt so viele Anfragen für Hochzeitstorten.',
        },
      ],
    },
    {
      key: 'text-2',
      name: 'Clara Jung',
      profession: 'Texten und Redaktion',
      headline: 'Newsletter, Kundenmagazine und Geschichten für Marken',
      bio: 'Ich schreibe Newsletter, die geöffnet werden, und Kundenmagazine, die man nicht gleich ins Altpapier wirft. Mein Handwerk ist das Erzählen: Ich suche die Menschen und Geschichten hinter einem Unternehmen und mache daraus regelmäßige Lesestücke. Themenplanung, Interviews und Betreffzeilen, die neugierig machen, gehören dazu.',
      skills: ['newsletter', 'storytelling', 'kundenmagazin', 'content-marketing'],
      examples: [
        {
          endorsedBy: 'marketing-5',
          skills: ['newsletter', 'storytelling'],
          title: 'Monatlicher Newsletter für eine Biogemüsekiste',
          description:
            'Clara schreibt seit zwei Jahren den Newsletter einer Gemüsekiste: Rezepte zur Kiste der Woche, Porträts der Höfe, kleine Geschichten vom Feld. Ich kümmere mich um Versand und Auswertung. Seit sie schreibt, lesen deutlich mehr Abonnentinnen bis zum Ende und klicken auf die Rezepte.',
          endorseeRole: 'Texterin und Redakteurin',
          outcome: 'Die Öffnungsrate stieg von 18 auf 41 Prozent, es gibt weniger Kündigungen.',
        },
      ],
    },
    {
      key: 'text-3',
      name: 'Bernd Kaiser',
      profession: 'Texten und Redaktion',
      headline: 'Technische Redaktion: Bedienungsanleitungen, Sicherheitshinweise, Hilfetexte',
      bio: 'Ich schreibe Anleitungen, die Menschen tatsächlich verstehen – für Maschinen, Haushaltsgeräte und Software. Ich kenne die Normen für Betriebsanleitungen und Warnhinweise, arbeite mit Redaktionssystemen und plane Übersetzungen von Anfang an mit ein.',
      skills: ['technische-redaktion', 'bedienungsanleitung', 'betriebsanleitung', 'hilfetexte'],
      examples: [
        {
          endorsedBy: 'uebersetzung-1',
          skills: ['technische-redaktion', 'betriebsanleitung'],
          title: 'Betriebsanleitung für eine Verpackungsmaschine',
          description:
            'Bernd hat die Betriebsanleitung einer Verpackungsmaschine für Lebensmittel neu aufgebaut: Sicherheitshinweise nach Norm, klare Handlungsschritte, Abbildungen statt Textwüsten. Weil er kurze, eindeutige Sätze schreibt, war meine Übersetzung ins Englische schneller fertig und günstiger als beim alten Handbuch.',
          endorseeRole: 'Technischer Redakteur',
          outcome: 'Die Maschine bestand die CE-Prüfung ohne Nachforderungen zur Dokumentation.',
        },
      ],
    },
    {
      key: 'text-4',
      name: 'Nils Böhm',
      profession: 'Texten und Redaktion',
      headline: 'Werbetexter: Namen, Claims, Kampagnen',
      bio: 'Ich finde Namen für Produkte und Firmen und Sätze, die hängen bleiben. Fünfzehn Jahre Agentur, seit 2019 frei. Am liebsten steige ich früh ins Projekt ein, wenn noch alles offen ist – Naming, Claim, Tonalität.',
      skills: ['werbetext', 'naming', 'claim', 'konzeption'],
      examples: [
        {
          endorsedBy: 'verpackung-5',
          skills: ['naming', 'claim'],
          title: 'Name und Claim für einen Fahrradladen',
          description:
            'Für den Fahrradladen, dessen Marke ich entwickelt habe, hat Nils den Namen und den Claim gefunden. Er hat über hundert Vorschläge gesammelt, sie mit uns auf zehn eingedampft, Markenrecht und Domains geprüft und am Ende zwei Varianten mit kurzen Begründungen präsentiert. Die Inhaber haben den Namen sofort angenommen.',
          endorseeRole: 'Texter für Naming und Claim',
          outcome: 'Der Name ist eingetragen, der Claim steht auf jedem Werkstattwagen.',
        },
        {
          endorsedBy: 'verpackung-2',
          skills: ['werbetext', 'konzeption'],
          title: 'Kampagne zur Azubisuche für eine Dachdeckerei',
          description:
            'Nils hat für die Dachdeckerei, deren Erscheinungsbild ich gestaltet habe, eine Plakat- und Social-Media-Kampagne zur Suche nach Auszubildenden getextet. Seine Zeilen sind frech, aber nie peinlich, und sprechen Jugendliche an, ohne sich anzubiedern. Vorher hat er lange mit den aktuellen Lehrlingen gesprochen.',
          endorseeRole: 'Werbetexter',
          outcome: 'Sieben Bewerbungen statt einer im Vorjahr.',
        },
      ],
    },
    {
      key: 'text-5',
      name: 'Petra Schmitt',
      profession: 'Texten und Redaktion',
      headline: 'Pressearbeit und Fachartikel für Wissenschaft und Gesundheit',
      bio: 'Ich schreibe Pressemitteilungen, Fachartikel und Interviews für Forschungsinstitute, Kliniken und Verbände. Als ehemalige Wissenschaftsjournalistin weiß ich, was Redaktionen brauchen, und kann Fachleuten auch mal ihre Schachtelsätze ausreden.',
      skills: ['pressearbeit', 'fachartikel', 'wissenschaftskommunikation', 'ghostwriting'],
      examples: [
        {
          endorsedBy: 'illustration-2',
          skills: ['pressearbeit', 'wissenschaftskommunikation'],
          title: 'Pressearbeit für ein Forschungsprojekt zu Hitze in Städten',
          description:
            'Petra hat die Pressearbeit eines Forschungsprojekts zu Hitzestress in Städten übernommen, für das ich die Illustrationen gezeichnet habe. Sie hat drei Pressemitteilungen geschrieben, Interviews vermittelt und die Forschenden auf Gespräche mit Journalisten vorbereitet. Ihre Texte waren so klar, dass mehrere Zeitungen sie fast wörtlich übernommen haben.',
          endorseeRole: 'Pressereferentin',
          outcome: 'Berichte im MDR, in der LVZ und in zwei überregionalen Zeitungen.',
        },
      ],
    },

    // ---------------------------------------------------------------- Übersetzung
    {
      key: 'uebersetzung-1',
      name: 'Thomas Wendt',
      profession: 'Übersetzung',
      headline: 'Technische Übersetzungen Englisch–Deutsch: Maschinenbau, Software, Medizintechnik',
      bio: 'Ich übersetze Handbücher, Softwareoberflächen und technische Datenblätter aus dem Englischen und ins Englische. Vorher habe ich zehn Jahre als Ingenieur gearbeitet, deshalb verstehe ich, was ich übersetze. Ich arbeite mit Terminologiedatenbanken und Translation-Memory-Systemen.',
      skills: ['fachuebersetzung', 'englisch', 'technische-uebersetzung', 'lokalisierung'],
      examples: [
        {
          endorsedBy: 'text-3',
          skills: ['technische-uebersetzung', 'englisch'],
          title: 'Englische Fassung einer Betriebsanleitung',
          description:
            'Thomas hat die von mir geschriebene Betriebsanleitung einer Verpackungsmaschine ins Englische übertragen und dabei eine Terminologieliste mit dem Hersteller abgestimmt, die wir seitdem für alle Dokumente nutzen. Auf zwei missverständliche Stellen im deutschen Text hat er mich hingewiesen, bevor sie in den Druck gingen.',
          endorseeRole: 'Fachübersetzer',
          outcome: 'Der US-Händler hat die englische Anleitung ohne Rückfragen abgenommen.',
        },
      ],
    },
    {
      key: 'uebersetzung-2',
      name: 'Camille Dubois-Franke',
      profession: 'Übersetzung',
      headline: 'Übersetzungen Französisch–Deutsch für Tourismus, Kosmetik und Lebensmittel',
      bio: 'Ich bin in Lyon aufgewachsen und lebe seit fünfzehn Jahren in Leipzig. Ich übersetze Websites, Kataloge und Verpackungstexte zwischen Französisch und Deutsch und passe sie so an, dass sie im anderen Land natürlich klingen.',
      skills: ['uebersetzung', 'franzoesisch', 'transcreation', 'lokalisierung'],
      examples: [
        {
          endorsedBy: 'verpackung-3',
          skills: ['uebersetzung', 'franzoesisch'],
          title: 'Etiketten und Verpackungstexte für Naturkosmetik auf Französisch',
          description:
            'Camille hat für eine Naturkosmetikmarke, deren Etiketten ich gestaltet habe, alle Verpackungstexte ins Französische übertragen – Produktnamen, Anwendungshinweise und Inhaltsangaben. Sie hat die französischen Kennzeichnungsregeln geprüft und die Texte so gekürzt, dass sie auf die kleinen Tiegel passen, ohne dass etwas Wichtiges fehlt.',
          endorseeRole: 'Übersetzerin',
          outcome: 'Markteinführung in Frankreich und Belgien ohne Nachbesserungen.',
        },
      ],
    },
    {
      key: 'uebersetzung-3',
      name: 'Agnieszka Nowak',
      profession: 'Übersetzung',
      headline: 'Übersetzen und Dolmetschen Polnisch und Tschechisch',
      bio: 'Ich übersetze aus dem und ins Polnische und Tschechische: Websites, Verträge, Broschüren, Gästeinformationen. Außerdem dolmetsche ich bei Verhandlungen und Betriebsbesichtigungen im Dreiländereck. Viele meiner Aufträge kommen von Hotels, Kommunen und Handwerksbetrieben in Sachsen.',
      skills: ['polnisch', 'tschechisch', 'dolmetschen', 'uebersetzung'],
      examples: [
        {
          endorsedBy: 'event-2',
          skills: ['polnisch', 'dolmetschen'],
          title: 'Zweisprachige Unterlagen für eine deutsch-polnische Fachkonferenz',
          description:
            'Agnieszka hat für eine Konferenz zur Grenzregion Programm, Teilnehmerunterlagen und Beschilderung ins Polnische übersetzt und an beiden Tagen in den Workshops gedolmetscht. Sie blieb auch in hektischen Momenten ruhig und hat Fachbegriffe aus Verwaltung und Verkehrsplanung sicher getroffen.',
          endorseeRole: 'Übersetzerin und Dolmetscherin',
          outcome: 'Die Gäste aus Polen bewerteten die Verständigung als sehr gut.',
        },
      ],
    },
    {
      key: 'uebersetzung-4',
      name: 'Lucía Fernández Groß',
      profession: 'Übersetzung',
      headline: 'Öffentlich bestellte und beeidigte Übersetzerin für Spanisch',
      bio: 'Ich übersetze Urkunden, Zeugnisse, Gerichtsbeschlüsse und Verträge aus dem Spanischen und ins Spanische – beglaubigt und von Behörden anerkannt. Standesämter, Ausländerbehörden und Anerkennungsstellen kennen meinen Stempel. Auf Wunsch geht es auch eilig.',
      skills: ['beglaubigte-uebersetzung', 'spanisch', 'urkunden', 'rechtsuebersetzung'],
      examples: [
        {
          endorsedBy: 'recht-3',
          skills: ['beglaubigte-uebersetzung', 'spanisch'],
          title: 'Zeugnisse und Arbeitsverträge für Pflegekräfte aus Kolumbien',
          description:
            'Für eine Pflegeeinrichtung, die ich arbeitsrechtlich berate, hat Lucía Zeugnisse, Diplome und Arbeitsverträge von neun Pflegekräften aus Kolumbien beglaubigt übersetzt. Die Anerkennungsstelle hat alle Unterlagen ohne Nachfrage akzeptiert. Zusätzlich hat sie spanische Fassungen der Verträge erstellt, damit die neuen Kolleginnen wissen, was sie unterschreiben.',
          endorseeRole: 'Beeidigte Übersetzerin',
          outcome: 'Alle neun Anerkennungsverfahren waren nach drei Monaten abgeschlossen.',
        },
      ],
    },

    // ---------------------------------------------------------------- Fotografie
    {
      key: 'foto-1',
      name: 'Robert Weiß',
      profession: 'Fotografie',
      headline: 'Porträts und Teamfotos für Unternehmen – mit mobilem Studio vor Ort',
      bio: 'Ich fotografiere Menschen bei der Arbeit so, dass sie auf den Bildern aussehen wie an einem guten Tag. Mit meinem mobilen Studio komme ich in Ihre Räume, fotografiere das ganze Team an einem Vormittag und liefere einheitliche Bilder für Website und Presse.',
      skills: ['portraitfotografie', 'businessportraits', 'teamfotos', 'mobiles-studio'],
      examples: [
        {
          endorsedBy: 'recht-1',
          skills: ['businessportraits', 'teamfotos'],
          title: 'Neue Porträts für eine Anwaltskanzlei',
          description:
            'Robert hat in unserer Kanzlei an einem Vormittag alle acht Anwältinnen und Anwälte sowie das Sekretariat fotografiert, jeweils ein klassisches Porträt und ein Bild am Arbeitsplatz. Selbst die Kamerascheuen hat er zum Lachen gebracht. Die Bilder passen in Licht und Ausschnitt zusammen, obwohl sie in drei verschiedenen Räumen entstanden sind.',
          endorseeRole: 'Fotograf',
          outcome: 'Einheitlicher Auftritt auf Website und Kanzleibroschüre.',
        },
      ],
    },
    {
      key: 'foto-2',
      name: 'Ines Baumann',
      profession: 'Fotografie',
      headline: 'Produktfotografie und Packshots für Onlineshops',
      bio: 'Ich fotografiere Produkte so, dass man sie anfassen möchte: freigestellt auf Weiß für den Shop, inszeniert für Social Media und Kataloge. In meinem Studio in Plagwitz schaffe ich auch große Serien mit mehreren hundert Artikeln zu festen Stückpreisen.',
      skills: ['produktfotografie', 'packshots', 'freisteller', 'e-commerce-fotografie'],
      examples: [
        {
          endorsedBy: 'frontend-4',
          skills: ['produktfotografie', 'packshots'],
          title: 'Über 800 Artikel für einen Wollversand',
          description:
            'Ines hat für den Onlineshop eines Wollversands über 800 Garne, Nadeln und Zubehörteile fotografiert, alle mit gleichem Licht und gleichem Abstand, sodass die Kategorieseiten endlich ruhig aussehen. Sie hat die Bilder direkt in den Maßen geliefert, die das Theme braucht, dazu Detailaufnahmen für die Farbtreue der Wolle.',
          endorseeRole: 'Produktfotografin',
          outcome: 'Weniger Retouren wegen abweichender Farben.',
        },
      ],
    },
    {
      key: 'foto-3',
      name: 'Sebastian Roth',
      profession: 'Fotografie',
      headline: 'Reportage- und Unternehmensfotografie',
      bio: 'Ich erzähle in Bildern, wie in einem Betrieb gearbeitet wird: in der Backstube um vier Uhr morgens, in der Werkstatt, im Labor. Für Geschäftsberichte, Mitarbeitermagazine und Websites. Ich arbeite unauffällig und meist mit vorhandenem Licht.',
      skills: ['reportagefotografie', 'unternehmensfotografie', 'corporate-fotografie'],
      examples: [
        {
          endorsedBy: 'text-1',
          skills: ['reportagefotografie', 'unternehmensfotografie'],
          title: 'Bildreportage in einer Landbäckerei',
          description:
            'Sebastian hat eine Nacht lang in der Backstube der Landbäckerei fotografiert, für die ich die Website getextet habe: Teig kneten, Holzofen anheizen, erste Lieferung um fünf. Seine Bilder sind ehrlich, warm und ohne gestellte Momente. Sie tragen jetzt die ganze Website und hängen großformatig in allen Filialen.',
          endorseeRole: 'Reportagefotograf',
          outcome: 'Die Bäckerei nutzt die Serie für Website, Flyer und Stellenanzeigen.',
        },
      ],
    },
    {
      key: 'foto-4',
      name: 'Yvonne Seidel',
      profession: 'Fotografie',
      headline: 'Stillleben und Schmuckfotografie',
      bio: 'Schmuck, Uhren, Glas und Kosmetik sind schwierig zu fotografieren: Sie spiegeln, glänzen und sind winzig. Genau das mag ich. Ich arbeite mit Makroobjektiven und Focus-Stacking und bearbeite jedes Bild sorgfältig nach.',
      skills: ['stillleben', 'schmuckfotografie', 'makrofotografie', 'bildbearbeitung'],
      examples: [
        {
          endorsedBy: 'marketing-4',
          skills: ['schmuckfotografie', 'bildbearbeitung'],
          title: 'Kampagnenbilder für eine Goldschmiede',
          description:
            'Yvonne hat für eine Goldschmiede in der Innenstadt die neue Ringkollektion fotografiert, freigestellt für den Shop und in Szenen mit Stein und Holz für Instagram. Die Steine funkeln, ohne dass es künstlich wirkt, und selbst feine Gravuren sind zu erkennen. Mit ihren Bildern habe ich die Kampagne zum Kollektionsstart gefahren.',
          endorseeRole: 'Fotografin',
          outcome: 'Die Kollektion war nach sechs Wochen fast ausverkauft.',
        },
      ],
    },
    {
      key: 'foto-5',
      name: 'Karl Winkler',
      profession: 'Fotografie',
      headline: 'Hochzeiten, Familienfeste und analoge Fotografie auf Film',
      bio: 'Ich fotografiere Hochzeiten und Familienfeste, am liebsten zum Teil auf Film mit alten Mittelformatkameras. Die Filme entwickle ich selbst in meinem Labor in Connewitz. Wer es ungestellt, ehrlich und ein bisschen nostalgisch mag, ist bei mir richtig.',
      skills: ['hochzeitsfotografie', 'analogfotografie', 'familienfotos'],
      examples: [
        {
          endorsedBy: 'event-3',
          skills: ['hochzeitsfotografie', 'analogfotografie'],
          title: 'Hochzeit auf einem Vierseithof bei Grimma',
          description:
            'Karl hat eine Hochzeit fotografiert, die ich auf einem alten Vierseithof geplant habe. Er war den ganzen Tag dabei, fast unsichtbar, und hat neben den digitalen Bildern drei Filme belichtet. Das Brautpaar bekam die entwickelten Abzüge später in einer Holzkiste und war zu Tränen gerührt.',
          endorseeRole: 'Hochzeitsfotograf',
          outcome: 'Das Paar hat ihn an drei befreundete Paare weiterempfohlen.',
        },
      ],
    },

    // ---------------------------------------------------------------- Video und Animation
    {
      key: 'video-1',
      name: 'Daniel Horn',
      profession: 'Video und Animation',
      headline: 'Imagefilme und dokumentarische Porträts für Handwerk und Mittelstand',
      bio: 'Ich drehe kurze Filme über Betriebe und die Menschen darin, ohne Werbesprech und mit echten Stimmen. Kamera, Ton und Schnitt mache ich selbst, bei größeren Projekten mit einem kleinen Team. Die Filme laufen auf Websites, Messen und in sozialen Netzwerken.',
      skills: ['imagefilm', 'dokumentarfilm', 'kamera', 'videoschnitt'],
      examples: [
        {
          endorsedBy: 'verpackung-2',
          skills: ['imagefilm', 'videoschnitt'],
          title: 'Imagefilm für eine Dachdeckerei',
          description:
            'Daniel hat die Dachdeckerei, deren Auftritt ich gestaltet habe, drei Tage lang auf Baustellen begleitet und daraus einen Film von zweieinhalb Minuten geschnitten. Der Chef und zwei Gesellen erzählen selbst, was sie an ihrem Beruf mögen. Der Film ist ruhig, ehrlich und völlig frei von Pathos aus der Musikkonserve.',
          endorseeRole: 'Filmemacher',
          outcome:
            'Der Film läuft auf der Website und auf Ausbildungsmessen, es kamen mehr Bewerbungen als je zuvor.',
        },
      ],
    },
    {
      key: 'video-2',
      name: 'Svenja Ludwig',
      profession: 'Video und Animation',
      headline: 'Erklärvideos und 2D-Animation',
      bio: 'Ich mache komplizierte Dinge in zwei Minuten verständlich: mit gezeichneten Figuren, animierten Grafiken und einer klaren Geschichte. Vom Drehbuch über die Sprecheraufnahme bis zur fertigen Animation bekommen Sie alles aus einer Hand.',
      skills: ['erklaervideo', '2d-animation', 'motion-design', 'drehbuch'],
      examples: [
        {
          endorsedBy: 'illustration-5',
          skills: ['erklaervideo', '2d-animation'],
          title: 'Animationsfilm zur Mülltrennung für die Stadtreinigung',
          description:
            'Svenja hat aus meinen Storyboards und Figuren einen dreiminütigen Animationsfilm für die Stadtreinigung gemacht. Sie hat das Drehbuch mit der Pressestelle geschärft, die Sprecherin ausgesucht und die Animation so flüssig umgesetzt, dass die Figuren lebendig wirken. Untertitel und eine Fassung in leichter Sprache hat sie gleich mitgeliefert.',
          endorseeRole: 'Animatorin und Regisseurin',
          outcome: 'Über 200.000 Aufrufe, der Film läuft in allen Grundschulen der Stadt.',
        },
      ],
    },
    {
      key: 'video-3',
      name: 'Moritz Arnold',
      profession: 'Video und Animation',
      headline: 'Kamera und Schnitt für Social Media, Events und Livestreams',
      bio: 'Ich filme Konferenzen, Konzerte und Firmenevents und schneide daraus kurze Clips für Instagram, LinkedIn und YouTube, oft noch am selben Abend. Außerdem setze ich Livestreams mit mehreren Kameras um.',
      skills: ['livestream', 'eventvideo', 'social-media-video', 'videoschnitt'],
      examples: [
        {
          endorsedBy: 'event-2',
          skills: ['livestream', 'eventvideo'],
          title: 'Livestream einer Fachtagung mit drei Kameras',
          description:
            'Moritz hat unsere zweitägige Fachtagung mit drei Kameras live ins Netz übertragen, inklusive eingeblendeter Folien und Fragen aus dem Chat. Nachts hat er die Höhepunkte geschnitten, die wir am nächsten Morgen posten konnten. Bild und Ton liefen ohne einen einzigen Aussetzer.',
          endorseeRole: 'Kameramann und Streamingtechniker',
          outcome: 'Über 600 Zuschauer online zusätzlich zu 180 Gästen vor Ort.',
        },
      ],
    },
    {
      key: 'video-4',
      name: 'Emma Hahn',
      profession: 'Video und Animation',
      headline: 'Motion Design und Animation für Marken und Apps',
      bio: 'Ich bringe Logos, Grafiken und Benutzeroberflächen in Bewegung: animierte Logos, kurze Produktfilme für Apps, bewegte Infografiken für Social Media. Ich arbeite mit After Effects und Cinema 4D.',
      skills: ['motion-design', 'animation', 'produktvideo', 'after-effects'],
      examples: [
        {
          endorsedBy: 'ux-2',
          skills: ['motion-design', 'produktvideo'],
          title: 'Animierter Produktfilm für eine Banking-App',
          description:
            'Emma hat für den Start unserer Banking-App einen Film von sechzig Sekunden animiert, der zeigt, wie man in drei Schritten ein Konto eröffnet. Sie hat unsere Bildschirme direkt aus Figma übernommen und so bewegt, dass jeder Fingertipp nachvollziehbar ist. Der Film läuft im App-Store und auf der Website.',
          endorseeRole: 'Motion Designerin',
          outcome: 'In der Startwoche mehr Downloads als geplant, viel Lob für die Verständlichkeit.',
        },
      ],
    },

    // ---------------------------------------------------------------- Buchhaltung und Lohn
    {
      key: 'buchhaltung-1',
      name: 'Sabine Kühn',
      profession: 'Buchhaltung und Lohn',
      headline: 'Vorbereitende Buchhaltung für Selbstständige und kleine Betriebe',
      bio: 'Ich bringe Ordnung in Ihre Belege: Ich sortiere, kontiere und erfasse laufend, gleiche Konten ab und gebe alles pünktlich an Ihre Steuerberatung weiter. Viele meiner Kundinnen sind Selbstständige aus Gesundheitsberufen und der Kreativbranche. Auf Wunsch hole ich die Unterlagen auch persönlich ab.',
      skills: ['vorbereitende-buchhaltung', 'belegerfassung', 'kontierung', 'datev'],
      examples: [
        {
          endorsedBy: 'foto-5',
          skills: ['vorbereitende-buchhaltung', 'belegerfassung'],
          title: 'Monatliche Belegordnung für mein Fotostudio',
          description:
            'Sabine hat meine Belege aus drei Jahren, die ich in Kisten gesammelt hatte, sortiert und nachgebucht, und seitdem erledigt sie jeden Monat die laufende Buchhaltung. Ich fotografiere Quittungen mit dem Handy, sie kümmert sich um den Rest und schickt alles an meinen Steuerberater. Rückfragen kommen gebündelt einmal im Monat.',
          endorseeRole: 'Buchhalterin',
          outcome: 'Die Steuererklärung war erstmals pünktlich, keine Verspätungszuschläge mehr.',
        },
      ],
    },
    {
      key: 'buchhaltung-2',
      name: 'Heike Braun',
      profession: 'Buchhaltung und Lohn',
      headline: 'Lohnbuchhaltung und Gehaltsabrechnung für kleine und mittlere Betriebe',
      bio: 'Ich erstelle Lohn- und Gehaltsabrechnungen für Betriebe mit zwei bis hundert Beschäftigten, einschließlich Minijobs, Werkstudierenden und Kurzarbeit. Meldungen an Krankenkassen und Finanzamt, Bescheinigungen und die Arbeiten zum Jahreswechsel gehören dazu. Seit zwanzig Jahren im Geschäft, geprüfte Lohnbuchhalterin.',
      skills: ['lohnbuchhaltung', 'lohnabrechnung', 'gehaltsabrechnung', 'sv-meldungen'],
      examples: [
        {
          endorsedBy: 'recht-3',
          skills: ['lohnabrechnung', 'sv-meldungen'],
          title: 'Lohnabrechnung nach einem Betriebsübergang',
          description:
            'Heike hat für einen Mandanten, der einen Betrieb mit dreißig Beschäftigten übernommen hatte, die komplette Lohnabrechnung innerhalb eines Monats übernommen. Sie hat falsche Meldungen aus der Vergangenheit aufgeräumt, mit den Krankenkassen geklärt und jede Abrechnung mit den Arbeitsverträgen abgeglichen, die ich geprüft hatte.',
          endorseeRole: 'Lohnbuchhalterin',
          outcome:
            'Die erste Abrechnung war fehlerfrei, die Prüfung der Rentenversicherung ohne Beanstandung.',
        },
      ],
    },
    {
      key: 'buchhaltung-3',
      name: 'Frank Otto',
      profession: 'Buchhaltung und Lohn',
      headline: 'Finanzbuchhaltung und Vorbereitung des Jahresabschlusses für GmbHs',
      bio: 'Ich führe die komplette Finanzbuchhaltung für kleine GmbHs und UGs: laufende Buchungen, Umsatzsteuervoranmeldung, offene Posten, Mahnwesen und die Vorbereitung des Jahresabschlusses. Ich arbeite eng mit Steuerbüros zusammen und bin Bilanzbuchhalter (IHK).',
      skills: ['finanzbuchhaltung', 'bilanzbuchhaltung', 'umsatzsteuer', 'datev'],
      examples: [
        {
          endorsedBy: 'backend-3',
          skills: ['finanzbuchhaltung', 'bilanzbuchhaltung'],
          title: 'Buchhaltung für eine junge IT-GmbH',
          description:
            'Frank führt seit drei Jahren die Buchhaltung unserer kleinen GmbH. Er hat ein Mahnwesen eingeführt, das wir vorher schlicht vergessen hatten, und schickt jeden Monat eine Übersicht über Liquidität und offene Rechnungen, die auch Nichtkaufleute verstehen. Den Jahresabschluss bereitet er so vor, dass das Steuerbüro kaum noch Arbeit hat.',
          endorseeRole: 'Bilanzbuchhalter',
          outcome:
            'Offene Forderungen halbiert, der Jahresabschluss ist jedes Jahr im ersten Quartal fertig.',
        },
      ],
    },
    {
      key: 'buchhaltung-4',
      name: 'Gül Arslan',
      profession: 'Buchhaltung und Lohn',
      headline: 'Lohn und Buchhaltung für Gastronomie und Hotellerie',
      bio: 'Gastronomie hat ihre eigenen Regeln: Trinkgeld, Sonntagszuschläge, Aushilfen, Saisonkräfte, Sachbezüge fürs Personalessen. Ich mache die Lohnabrechnung und die laufende Buchhaltung für Restaurants, Cafés und Hotels in Leipzig und Umgebung und kenne die Vorschriften rund um die Kasse.',
      skills: ['lohnabrechnung', 'gastronomie', 'kassenbuch', 'minijob'],
      examples: [
        {
          endorsedBy: 'event-1',
          skills: ['lohnabrechnung', 'minijob'],
          title: 'Abrechnung der Saisonkräfte eines Biergartens',
          description:
            'Gül macht für den Biergarten, mit dem ich jedes Jahr Sommerfeste ausrichte, die Lohnabrechnung für bis zu vierzig Saisonkräfte. Zuschläge und Aushilfsverträge hat sie so sauber aufgesetzt, dass die Betriebsprüfung nichts zu beanstanden hatte. Neue Leute meldet sie auch kurzfristig an, wenn das Wetter plötzlich gut wird.',
          endorseeRole: 'Lohnbuchhalterin',
          outcome: 'Betriebsprüfung ohne Nachzahlung, keine verspäteten Anmeldungen.',
        },
      ],
    },
    {
      key: 'buchhaltung-5',
      name: 'Dieter Schreiber',
      profession: 'Buchhaltung und Lohn',
      headline: 'Buchhaltung für Vereine und gemeinnützige Organisationen',
      bio: 'Vereinskassen sind oft Ehrenamt mit Schuhkarton. Ich übernehme die Buchhaltung für Vereine, Stiftungen und gemeinnützige GmbHs, trenne ideellen Bereich und Zweckbetrieb sauber, erstelle Zuwendungsbestätigungen und bereite die Kassenprüfung vor.',
      skills: ['vereinsbuchhaltung', 'gemeinnuetzigkeit', 'spendenbescheinigung', 'finanzbuchhaltung'],
      examples: [
        {
          endorsedBy: 'recht-4',
          skills: ['vereinsbuchhaltung', 'gemeinnuetzigkeit'],
          title: 'Kassenführung für einen Sportverein mit 900 Mitgliedern',
          description:
            'Dieter hat die Buchhaltung eines Sportvereins übernommen, nachdem der ehrenamtliche Kassenwart aufgehört hatte. Er hat Mitgliedsbeiträge, Zuschüsse und die Einnahmen aus dem Vereinsheim sauber getrennt, Spendenquittungen erstellt und die Kassenprüfung so vorbereitet, dass sie in einer Stunde erledigt war. Ich habe den Verein beim Datenschutz beraten.',
          endorseeRole: 'Vereinsbuchhalter',
          outcome: 'Das Finanzamt hat die Gemeinnützigkeit ohne Auflagen bestätigt.',
        },
      ],
    },

    // ---------------------------------------------------------------- Online-Marketing
    {
      key: 'marketing-1',
      name: 'Christian Lorenz',
      profession: 'Online-Marketing',
      headline: 'Lokale Suchmaschinenoptimierung für Praxen, Handwerk und Einzelhandel',
      bio: 'Ich sorge dafür, dass Sie gefunden werden, wenn jemand in Ihrer Stadt nach Ihrer Leistung sucht. Dazu gehören das Google-Unternehmensprofil, Bewertungen, Einträge in Verzeichnissen und eine Website, die Suchmaschinen verstehen. Jeden Monat bekommen Sie von mir einen kurzen Bericht, was sich bewegt hat.',
      skills: ['seo', 'lokales-seo', 'google-unternehmensprofil', 'online-marketing'],
      examples: [
        {
          endorsedBy: 'frontend-1',
          skills: ['lokales-seo', 'google-unternehmensprofil'],
          title: 'Bessere Sichtbarkeit für eine Hausarztpraxis',
          description:
            'Christian hat für die Praxis, deren Website ich gebaut habe, das Unternehmensprofil bei Google aufgeräumt, Öffnungszeiten und Leistungen gepflegt und ein einfaches Verfahren eingeführt, mit dem zufriedene Patienten um eine Bewertung gebeten werden. Außerdem hat er die Seitentitel überarbeitet und die Praxis in den wichtigsten Verzeichnissen eingetragen.',
          endorseeRole: 'SEO-Berater',
          outcome:
            'Bei der Suche nach einem Hausarzt im Stadtteil steht die Praxis jetzt unter den ersten drei Treffern.',
        },
      ],
    },
    {
      key: 'marketing-2',
      name: 'Sandra Keller',
      profession: 'Online-Marketing',
      headline: 'Technisches SEO und Inhaltsstrategie für Onlineshops',
      bio: 'Ich analysiere, warum Seiten nicht ranken: Ladezeit, doppelte Inhalte, kaputte Weiterleitungen, fehlende Struktur. Danach plane ich mit Ihnen Inhalte, die Suchanfragen wirklich beantworten. Meine Kunden sind vor allem Onlineshops mit einigen tausend Produkten.',
      skills: ['seo', 'technisches-seo', 'content-strategie', 'google-search-console'],
      examples: [
        {
          endorsedBy: 'text-1',
          skills: ['technisches-seo', 'content-strategie'],
          title: 'SEO-Relaunch eines Shops für Gartenmöbel',
          description:
            'Sandra hat vor dem Relaunch eines Gartenmöbelshops alle alten Adressen auf die neuen umgeleitet, sodass keine Platzierungen verloren gingen. Danach hat sie mit mir eine Liste von Ratgeberthemen erarbeitet, nach denen Kunden tatsächlich suchen, und ich habe die Texte geschrieben. Ihre Analysen sind gründlich und trotzdem verständlich.',
          endorseeRole: 'SEO-Beraterin',
          outcome: 'Nach sechs Monaten kamen 70 Prozent mehr Besucher über die Suche.',
        },
      ],
    },
    {
      key: 'marketing-3',
      name: 'Patrick Busch',
      profession: 'Online-Marketing',
      headline: 'Conversion-Optimierung und A/B-Tests',
      bio: 'Mehr Besucher bringen nichts, wenn sie nicht kaufen. Ich untersuche, wo Menschen im Shop oder auf der Landingpage aussteigen, entwickle Hypothesen und prüfe Varianten in sauberen A/B-Tests. Ich arbeite mit Google Analytics, VWO und viel gesundem Menschenverstand.',
      skills: ['conversion-optimierung', 'ab-test', 'web-analyse', 'landingpages'],
      examples: [
        {
          endorsedBy: 'daten-4',
          skills: ['ab-test', 'conversion-optimierung'],
          title: 'Testreihe im Bestellprozess eines Teeversands',
          description:
            'Patrick hat für einen Teeversand eine Reihe von Experimenten im Bestellprozess geplant: Gastbestellung ohne Kundenkonto, weniger Formularfelder, Versandkosten früher anzeigen. Ich habe die Auswertung gemacht, er hat Varianten, Laufzeiten und Zielgrößen sauber festgelegt und kein Ergebnis schöngeredet. Zwei von fünf Ideen haben messbar gewirkt.',
          endorseeRole: 'Conversion-Optimierer',
          outcome: 'Zwölf Prozent mehr abgeschlossene Bestellungen.',
        },
      ],
    },
    {
      key: 'marketing-4',
      name: 'Lisa Graf',
      profession: 'Online-Marketing',
      headline: 'Social Media für lokale Geschäfte: Instagram, Facebook, TikTok',
      bio: 'Ich betreue die Kanäle von Cafés, Läden und Handwerksbetrieben, plane Beiträge, filme und fotografiere mit dem Handy vor Ort und schreibe die Texte dazu. Ich zeige auch, wie man mit wenig Zeit selbst dranbleibt, und schalte bei Bedarf kleine Anzeigen.',
      skills: ['social-media', 'instagram', 'community-management', 'social-ads'],
      examples: [
        {
          endorsedBy: 'foto-4',
          skills: ['social-media', 'instagram'],
          title: 'Instagram-Kanal einer Goldschmiede',
          description:
            'Lisa betreut den Instagram-Kanal der Goldschmiede, für die ich die Ringkollektion fotografiert habe. Sie plant jede Woche drei Beiträge, filmt kurze Clips aus der Werkstatt und beantwortet Nachrichten. Mit meinen Bildern hat sie zum Kollektionsstart eine kleine Anzeigenkampagne gefahren, die sich sehr gut ausgezahlt hat.',
          endorseeRole: 'Social-Media-Managerin',
          outcome: 'Dreimal so viele Follower, zahlreiche Terminanfragen über Direktnachrichten.',
        },
        {
          endorsedBy: 'event-3',
          skills: ['instagram', 'community-management'],
          title: 'Instagram für ein Café in der Südvorstadt',
          description:
            'Lisa hat für ein kleines Café in der Südvorstadt, in dem ich oft Brunchs für Hochzeitsgesellschaften organisiere, den Instagram-Auftritt aufgebaut: Kuchen des Tages, Geschichten aus der Küche, Aktionen für Studierende. Der Inhaberin hat sie gezeigt, wie sie mit zehn Minuten am Tag selbst weitermacht.',
          endorseeRole: 'Social-Media-Beraterin',
          outcome: 'Am Wochenende deutlich mehr junges Publikum, fünffache Reichweite.',
        },
      ],
    },
    {
      key: 'marketing-5',
      name: 'Andreas Huber',
      profession: 'Online-Marketing',
      headline: 'E-Mail-Marketing und Marketing-Automatisierung',
      bio: 'Ich richte Newsletter-Systeme ein, baue automatische Strecken – Willkommensmails, Erinnerung an den vergessenen Warenkorb, Geburtstagsgutschein – und sorge dafür, dass alles datenschutzkonform läuft. Ich arbeite mit Brevo, Mailchimp und Klaviyo.',
      skills: ['e-mail-marketing', 'marketing-automation', 'newsletter-versand', 'klaviyo'],
      examples: [
        {
          endorsedBy: 'text-2',
          skills: ['marketing-automation', 'e-mail-marketing'],
          title: 'Automatische Willkommensstrecke für eine Gemüsekiste',
          description:
            'Andreas hat für die Gemüsekiste, deren Newsletter ich schreibe, eine automatische Begrüßungsstrecke eingerichtet: Neue Abonnenten bekommen in den ersten zwei Wochen vier Mails mit Rezepten und einem Gutschein. Einwilligungen und Abmeldungen hat er sauber gelöst und uns eine Übersicht gebaut, die zeigt, welche Mail wirkt.',
          endorseeRole: 'Spezialist für E-Mail-Marketing',
          outcome: 'Neue Kunden bestellen ein Drittel häufiger ein zweites Mal.',
        },
      ],
    },

    // ---------------------------------------------------------------- Veranstaltungsplanung
    {
      key: 'event-1',
      name: 'Ulrike Sommer',
      profession: 'Veranstaltungsplanung',
      headline: 'Firmenfeiern, Jubiläen und Sommerfeste',
      bio: 'Ich plane Feste, an die sich Belegschaft und Gäste gern erinnern: Firmenjubiläen, Sommerfeste, Weihnachtsfeiern und Vereinsfeiern bis 1.500 Gäste. Von der Location über Catering und Programm bis zur Genehmigung beim Ordnungsamt nehme ich Ihnen alles ab.',
      skills: ['eventplanung', 'firmenfeier', 'jubilaeum', 'sommerfest'],
      examples: [
        {
          endorsedBy: 'video-3',
          skills: ['jubilaeum', 'eventplanung'],
          title: '150 Jahre Druckerei: Jubiläumsfest in der Maschinenhalle',
          description:
            'Ulrike hat das Jubiläum einer Leipziger Druckerei mit 600 Gästen in der eigenen Maschinenhalle organisiert: Umbau der Halle, Catering, Führungen an den Maschinen, Bühnenprogramm und Shuttlebusse. Ich habe den Abend gefilmt. Obwohl am Nachmittag ein Gewitter aufzog, lief alles nach Plan, weil sie für jeden Fall eine Lösung vorbereitet hatte.',
          endorseeRole: 'Eventplanerin',
          outcome: 'Begeisterte Rückmeldungen von Belegschaft und Kunden, die Presse war vor Ort.',
        },
      ],
    },
    {
      key: 'event-2',
      name: 'Kerstin Frey',
      profession: 'Veranstaltungsplanung',
      headline: 'Tagungen, Kongresse und hybride Konferenzen',
      bio: 'Ich organisiere Fachveranstaltungen für Verbände, Hochschulen und Unternehmen: Raumsuche, Teilnehmermanagement, Betreuung der Referierenden, Technik und Verpflegung. Seit der Pandemie auch hybrid, mit Übertragung ins Netz und Beteiligung von zu Hause.',
      skills: ['tagungsorganisation', 'kongress', 'teilnehmermanagement', 'hybride-events'],
      examples: [
        {
          endorsedBy: 'uebersetzung-3',
          skills: ['tagungsorganisation', 'teilnehmermanagement'],
          title: 'Deutsch-polnische Konferenz zur Grenzregion in Görlitz',
          description:
            'Kerstin hat eine zweitägige Konferenz mit 220 Teilnehmenden aus Deutschland und Polen organisiert. Sie hat Räume, Hotelkontingente, Dolmetschtechnik und Busse koordiniert und die Anmeldung über ein Onlineformular mit Zimmerwunsch abgewickelt. Als Dolmetscherin war ich froh, dass Unterlagen und Technik immer rechtzeitig bereitstanden.',
          endorseeRole: 'Tagungsorganisatorin',
          outcome: 'Der Veranstalter hat sie gleich für die Folgekonferenz gebucht.',
        },
      ],
    },
    {
      key: 'event-3',
      name: 'Johanna Beck',
      profession: 'Veranstaltungsplanung',
      headline: 'Hochzeitsplanerin und freie Traurednerin',
      bio: 'Ich plane Hochzeiten von der Suche nach dem passenden Ort bis zum letzten Tanz und halte auf Wunsch auch die freie Trauung. Mein Herz schlägt für Feste auf Gutshöfen, in Scheunen und Gärten rund um Leipzig.',
      skills: ['hochzeitsplanung', 'freie-trauung', 'eventplanung'],
      examples: [
        {
          endorsedBy: 'foto-5',
          skills: ['hochzeitsplanung', 'freie-trauung'],
          title: 'Hochzeit für 90 Gäste auf einem Vierseithof',
          description:
            'Johanna hat eine Hochzeit für 90 Gäste auf einem Vierseithof geplant, den das Paar erst drei Monate vorher gefunden hatte. Sie hat Caterer, Musik und Zeltverleih koordiniert, einen Plan für Regen gehabt und die freie Trauung selbst gehalten – so persönlich, dass kaum ein Auge trocken blieb. Ich habe fotografiert und nie warten müssen.',
          endorseeRole: 'Hochzeitsplanerin und Traurednerin',
          outcome: 'Das Paar empfiehlt sie im ganzen Freundeskreis weiter.',
        },
      ],
    },
    {
      key: 'event-4',
      name: 'Rainer Vogel',
      profession: 'Veranstaltungsplanung',
      headline: 'Messeauftritte und Messestände von der Planung bis zum Abbau',
      bio: 'Ich plane Ihren Auftritt auf Messen von der Standbuchung bis zum Abbau: Standkonzept, Standbau, Logistik, Personal und Nachbereitung der Kontakte. Betreut habe ich Aussteller auf der Leipziger Buchmesse, der Intec und vielen Fachmessen.',
      skills: ['messeplanung', 'messestand', 'ausstellerbetreuung'],
      examples: [
        {
          endorsedBy: 'verpackung-4',
          skills: ['messeplanung', 'messestand'],
          title: 'Messestand einer Kartonagenfabrik auf der FachPack',
          description:
            'Rainer hat den Stand der Kartonagenfabrik, in der ich damals angestellt war, auf der FachPack in Nürnberg geplant: sechzig Quadratmeter, eine laufende Verpackungsmaschine, Besprechungskabinen und eine Theke für Muster. Er hat Standbauer, Strom, Logistik und Hotel koordiniert und am Ende alle Kontakte für den Vertrieb aufbereitet.',
          endorseeRole: 'Messeplaner',
          outcome: 'So viele Gespräche wie nie zuvor, und der Stand blieb im Budget.',
        },
      ],
    },

    // ---------------------------------------------------------------- Recht
    {
      key: 'recht-1',
      name: 'Katharina Ebert',
      profession: 'Recht',
      headline: 'Rechtsanwältin für Onlinehandel: AGB, Widerruf, Impressum, Abmahnungen',
      bio: 'Ich mache Onlineshops rechtssicher: Allgemeine Geschäftsbedingungen, Widerrufsbelehrung, Preisangaben, Impressum und Datenschutzerklärung. Wenn eine Abmahnung ins Haus flattert, prüfe ich sie schnell und verhandle. Meine Mandanten sind kleine Händler und Manufakturen, meine Kanzlei sitzt in der Südvorstadt.',
      skills: ['ecommerce-recht', 'agb', 'abmahnung', 'widerrufsrecht'],
      examples: [
        {
          endorsedBy: 'frontend-4',
          skills: ['ecommerce-recht', 'agb'],
          title: 'Rechtssicherer Bestellablauf für einen Wollversand',
          description:
            'Katharina hat den Shop meiner Kundin, eines Wollversands, vor dem Relaunch rechtlich durchgesehen: AGB und Widerrufsbelehrung neu gefasst, Grundpreise ergänzt, den Bestellknopf korrekt beschriftet. Ihre Anmerkungen kamen als klare Liste, die ich direkt im Theme umsetzen konnte. Eine Abmahnung eines Mitbewerbers hat sie später innerhalb einer Woche abgewehrt.',
          endorseeRole: 'Rechtsanwältin',
          outcome: 'Die Abmahnung wurde zurückgewiesen, seitdem gab es keine Beanstandungen.',
        },
      ],
    },
    {
      key: 'recht-2',
      name: 'Martin Sauer',
      profession: 'Recht',
      headline: 'Urheber- und Medienrecht für Kreative, Verlage und Agenturen',
      bio: 'Ich berate Fotografinnen, Illustratoren, Verlage und Agenturen zu Nutzungsrechten, Lizenzverträgen und Honorarfragen. Und ich helfe, wenn Bilder oder Texte ohne Erlaubnis verwendet wurden – auf beiden Seiten des Streits.',
      skills: ['urheberrecht', 'lizenzvertraege', 'medienrecht', 'bildrechte'],
      examples: [
        {
          endorsedBy: 'illustration-1',
          skills: ['lizenzvertraege', 'urheberrecht'],
          title: 'Lizenzvertrag mit einem dänischen Verlag',
          description:
            'Martin hat den Lizenzvertrag geprüft, mit dem ein dänischer Verlag mein Bilderbuch übernehmen wollte. Er hat erklärt, welche Rechte ich abgebe, eine viel zu weit gefasste Klausel zum Merchandising gestrichen und eine faire Beteiligung an Nachauflagen ausgehandelt. Er spricht die Sprache der Kreativen und nicht nur die der Juristen.',
          endorseeRole: 'Rechtsanwalt',
          outcome: 'Der Vertrag ist unterschrieben, die Beteiligung deutlich besser als im ersten Entwurf.',
        },
        {
          endorsedBy: 'foto-2',
          skills: ['bildrechte', 'urheberrecht'],
          title: 'Ungenehmigte Nutzung meiner Produktfotos durch einen Möbelhändler',
          description:
            'Ein Möbelhändler hatte meine Produktfotos ohne Lizenz in seinem Shop verwendet. Martin hat den Fall dokumentiert, die übliche Lizenzgebühr berechnet und außergerichtlich eine Einigung erzielt, ohne dass ich den Händler als Kunden vergraulen musste. Seitdem lasse ich meine Nutzungsbedingungen von ihm formulieren.',
          endorseeRole: 'Anwalt für Urheberrecht',
          outcome:
            'Nachlizenzierung und Schadensersatz wurden bezahlt, die Bilder sind jetzt regulär lizenziert.',
        },
      ],
    },
    {
      key: 'recht-3',
      name: 'Birgit Scholz',
      profession: 'Recht',
      headline: 'Arbeitsrecht für kleine Arbeitgeber: Verträge, Minijobs, Kündigungen',
      bio: 'Ich berate Betriebe ohne eigene Personalabteilung: Arbeitsverträge, die zur Wirklichkeit passen, Regeln für Minijobs und Aushilfen, Abmahnungen und Kündigungen, die vor Gericht halten. Außerdem vertrete ich Sie vor dem Arbeitsgericht.',
      skills: ['arbeitsrecht', 'arbeitsvertraege', 'kuendigungsschutz', 'minijob'],
      examples: [
        {
          endorsedBy: 'buchhaltung-2',
          skills: ['arbeitsrecht', 'arbeitsvertraege'],
          title: 'Neue Arbeitsverträge nach einem Betriebsübergang',
          description:
            'Birgit hat für den Mandanten, dessen Lohnabrechnung ich übernommen habe, alle dreißig Arbeitsverträge nach dem Betriebsübergang geprüft und einheitliche neue Verträge entworfen. Sie hat bestehende Ansprüche sauber gesichert und die Gespräche mit dem Betriebsrat vorbereitet. Für meine Abrechnung waren die Verträge danach endlich eindeutig.',
          endorseeRole: 'Fachanwältin für Arbeitsrecht',
          outcome: 'Alle Beschäftigten haben unterschrieben, es gab keine Klagen.',
        },
      ],
    },
    {
      key: 'recht-4',
      name: 'Henrik Jansen',
      profession: 'Recht',
      headline: 'Datenschutzberatung und externer Datenschutzbeauftragter',
      bio: 'Ich übernehme die Aufgabe des Datenschutzbeauftragten für Praxen, Vereine und kleine Unternehmen, erstelle Verarbeitungsverzeichnisse und Einwilligungstexte und helfe, wenn eine Datenpanne passiert ist. Jurist mit IT-Hintergrund: verständlich statt Paragrafenreiterei.',
      skills: ['datenschutz', 'dsgvo', 'datenschutzbeauftragter'],
      examples: [
        {
          endorsedBy: 'backend-4',
          skills: ['datenschutz', 'dsgvo'],
          title: 'Datenschutz für eine Onlineterminvergabe',
          description:
            'Henrik hat die Terminbuchung, die ich für eine Kette von Physiotherapiepraxen gebaut habe, datenschutzrechtlich begleitet: Auftragsverarbeitungsverträge, Löschfristen, Einwilligung für Erinnerungen per SMS. Seine Vorgaben waren technisch umsetzbar, weil er sich die Mühe gemacht hat zu verstehen, wie das System funktioniert.',
          endorseeRole: 'Datenschutzberater',
          outcome:
            'Der Start verzögerte sich nicht, eine spätere Anfrage der Aufsichtsbehörde blieb ohne Befund.',
        },
      ],
    },
  ],

  briefs: [
    // ---------------------------------------------------------------- Verpackungs- und Markendesign
    {
      key: 'de-tee-etiketten',
      text: 'Wir brauchen neue Etiketten und Schachteln für unsere Teesorten. Sie sollen im Laden auffallen und trotzdem zu unserer kleinen Manufaktur passen.',
      labels: {
        'verpackung-1': 2,
        'verpackung-3': 2,
        'verpackung-2': 1,
        'verpackung-4': 1,
        'verpackung-5': 1,
      },
      rationale:
        'Katrin gestaltet Schachteln für Lebensmittel (Teeserie im Beispiel), Miriam gestaltet Etiketten; Florian konstruiert nur, Jonas und Leonie machen Logos und Marken; Camilles Etiketten sind Übersetzungen, Patricks Teeversand ist ein Test im Bestellprozess.',
    },
    {
      key: 'de-tee-etiketten-twin',
      twinOf: 'de-tee-etiketten',
      text: 'Unsere Kräutertees sehen im Regal langweilig aus. Wer gestaltet uns hübschere Packungen und Aufkleber dafür?',
      labels: {
        'verpackung-1': 2,
        'verpackung-3': 2,
        'verpackung-2': 1,
        'verpackung-4': 1,
        'verpackung-5': 1,
      },
      rationale:
        'Dieselbe Aufgabe wie de-tee-etiketten in anderen Worten (Packungen statt Schachteln, Aufkleber statt Etiketten): Verpackungs- und Etikettengestaltung.',
    },
    {
      key: 'de-gaertnerei-logo',
      text: 'Unsere Gärtnerei gibt es seit 1978, und genauso sieht unser Logo auch aus. Wir wollen frischer wirken, ohne die Stammkunden zu verschrecken.',
      labels: {
        'verpackung-2': 2,
        'verpackung-5': 2,
        'verpackung-1': 1,
        'verpackung-3': 1,
        'verpackung-4': 1,
      },
      rationale:
        'Jonas überarbeitet alte Logos traditioneller Betriebe behutsam, Leonie macht Rebranding; die übrigen aus dem Verpackungs- und Markendesign gestalten Verpackungen und Etiketten.',
    },

    // ---------------------------------------------------------------- Illustration
    {
      key: 'de-kinderbuch',
      text: 'Wir sind ein kleiner Verlag und suchen jemanden, der ein Bilderbuch für Kinder ab drei Jahren bebildert.',
      labels: {
        'illustration-1': 2,
        'illustration-4': 2,
        'illustration-2': 1,
        'illustration-3': 1,
        'illustration-5': 1,
      },
      rationale:
        'Hanna und Jana illustrieren Kinderbücher; Tobias (Editorial), Sophie (Karten) und Malte (Figuren für Animation) sind Illustratoren anderer Richtung; Martin hat nur den Lizenzvertrag eines Bilderbuchs geprüft.',
    },
    {
      key: 'de-kinderbuch-twin',
      twinOf: 'de-kinderbuch',
      text: 'Ich habe eine Geschichte für Kleinkinder geschrieben und suche jemanden, der die Bilder dazu malt, damit ein richtiges Buch daraus wird.',
      labels: {
        'illustration-1': 2,
        'illustration-4': 2,
        'illustration-2': 1,
        'illustration-3': 1,
        'illustration-5': 1,
      },
      rationale:
        'Dieselbe Aufgabe wie de-kinderbuch aus Sicht einer Autorin: Bilder für ein Kinderbuch malen.',
    },
    {
      key: 'de-strassenfest-plan',
      text: 'Für unser Straßenfest im Viertel hätten wir gern einen hübschen, gemalten Plan, auf dem man alle Stände, die Bühne und die Toiletten findet.',
      labels: {
        'illustration-3': 2,
        'illustration-1': 1,
        'illustration-2': 1,
        'illustration-4': 1,
        'illustration-5': 1,
      },
      rationale:
        'Sophie zeichnet Lagepläne und Festivalgelände; die anderen Illustratorinnen könnten es, haben aber andere Schwerpunkte; Ulrike plant Feste und Jan macht Datenkarten, beide zeichnen nicht.',
    },

    // ---------------------------------------------------------------- UX
    {
      key: 'de-app-anmeldung',
      text: 'Viele Leute laden unsere App herunter, brechen aber schon bei der Anmeldung ab. Wir wollen mit echten Nutzern sprechen und herausfinden, woran das liegt.',
      labels: {
        'ux-1': 2,
        'ux-2': 2,
        'ux-3': 1,
        'ux-4': 1,
      },
      rationale:
        'Carolin führt Interviews und Usability-Tests, Deniz gestaltet und prüft Registrierungsstrecken mit echten Menschen; Paul und Greta sind UX mit anderem Schwerpunkt; die Anmeldung bei Greta und Kerstin ist eine in Klinik bzw. Tagung.',
    },
    {
      key: 'de-app-anmeldung-twin',
      twinOf: 'de-app-anmeldung',
      text: 'Die meisten, die unser Programm aufs Handy holen, geben schon beim Konto-Erstellen auf. Wir möchten verstehen, warum, am liebsten, indem wir Leuten dabei zuschauen.',
      labels: {
        'ux-1': 2,
        'ux-2': 2,
        'ux-3': 1,
        'ux-4': 1,
      },
      rationale:
        'Dieselbe Aufgabe wie de-app-anmeldung: Abbrüche bei der Registrierung einer App mit Nutzerforschung aufklären.',
    },

    // ---------------------------------------------------------------- Frontend
    {
      key: 'de-physio-website',
      text: 'Unsere Physiotherapie-Praxis braucht eine neue Internetseite, die auch auf dem Handy gut aussieht und die wir selbst ändern können.',
      labels: {
        'frontend-1': 2,
        'frontend-5': 2,
        'frontend-2': 1,
        'frontend-3': 1,
        'frontend-4': 1,
      },
      rationale:
        'Max baut pflegeleichte, mobile Websites für Praxen, Elias gestaltet und baut Websites mit einfachem Redaktionssystem; Sarah (Webanwendungen), Ole (Barrierefreiheit) und Nina (Shops) haben andere Schwerpunkte; Henriks Physiotherapiepraxen betreffen Datenschutz.',
    },
    {
      key: 'de-blindenverein',
      text: 'Wir sind ein Verein für blinde und sehbehinderte Menschen. Unsere Internetseite soll endlich auch mit Vorleseprogrammen und ohne Maus funktionieren.',
      labels: {
        'frontend-3': 2,
        'frontend-1': 1,
        'frontend-2': 1,
        'frontend-4': 1,
        'frontend-5': 1,
      },
      rationale:
        'Ole entwickelt barrierefrei und testet mit Screenreader; die anderen im Frontend bauen Websites, aber ohne diesen Schwerpunkt.',
    },

    // ---------------------------------------------------------------- Backend
    {
      key: 'de-ferienwohnung-buchen',
      text: 'Wir vermieten drei Ferienwohnungen im Erzgebirge. Gäste sollen direkt auf unserer Internetseite sehen, wann frei ist, und gleich buchen können – bisher nehmen wir jede Buchung am Telefon an.',
      labels: {
        'backend-1': 2,
        'backend-4': 2,
        'backend-2': 1,
        'backend-3': 1,
        'backend-5': 1,
      },
      rationale:
        'Stefan baut Buchungssysteme mit Belegungskalender für Unterkünfte, Aylin Onlinebuchungen mit freien Terminen; Hanna schreibt Bücher, Frank macht laufende Buchungen in der Finanzbuchhaltung, Kerstin wurde gebucht: alles keine Buchungssysteme.',
    },
    {
      key: 'de-ferienwohnung-buchen-twin',
      twinOf: 'de-ferienwohnung-buchen',
      text: 'Wir haben vier Ferienhäuser und tragen Reservierungen noch in einen Papierkalender ein. Wir hätten gern, dass Urlauber im Internet freie Tage sehen und gleich verbindlich reservieren.',
      labels: {
        'backend-1': 2,
        'backend-4': 2,
        'backend-2': 1,
        'backend-3': 1,
        'backend-5': 1,
      },
      rationale:
        'Dieselbe Aufgabe wie de-ferienwohnung-buchen ohne das Wort buchen: eine Onlinereservierung mit Belegungskalender.',
    },
    {
      key: 'de-kasse-webshop',
      text: 'Wenn wir im Laden einen Pullover verkaufen, steht er im Webshop weiter als lieferbar drin. Wir hätten gern, dass Ladenkasse und Internetshop sich automatisch abstimmen, damit die Mengen immer stimmen.',
      skills: ['schnittstellen'],
      labels: {
        'backend-2': 2,
        'backend-1': 1,
        'backend-3': 1,
        'backend-4': 1,
        'backend-5': 1,
      },
      rationale:
        'Julia verbindet Kassen, Warenwirtschaft und Shops und gleicht Bestände ab; Nina baut Shops, überlässt die Schnittstellen aber ausdrücklich dem Backend.',
    },

    // ---------------------------------------------------------------- Datenanalyse
    {
      key: 'de-broetchen-prognose',
      text: 'Wie viele Brötchen verkauft jede Filiale pro Tag? Wir wollen weniger wegwerfen.',
      labels: {
        'daten-1': 2,
        'daten-3': 2,
        'daten-2': 1,
        'daten-4': 1,
        'daten-5': 1,
      },
      rationale:
        'Anna macht Absatzprognosen für Bäckereien, Felix baut Zeitreihenmodelle für Bedarf; Lukas, Merve und Jan analysieren Daten anders; Sebastians Bäckereifilialen sind Fotos, Maries Filialseiten Texte.',
    },
    {
      key: 'de-broetchen-prognose-twin',
      twinOf: 'de-broetchen-prognose',
      text: 'Jeden Abend werfen unsere Bäckerläden kistenweise Backwaren weg. Kann jemand aus unseren Kassenzahlen ausrechnen, wie viel wir pro Laden und Tag backen sollten?',
      labels: {
        'daten-1': 2,
        'daten-3': 2,
        'daten-2': 1,
        'daten-4': 1,
        'daten-5': 1,
      },
      rationale:
        'Dieselbe Aufgabe wie de-broetchen-prognose: den täglichen Bedarf je Filiale aus Verkaufsdaten vorhersagen.',
    },
    {
      key: 'de-verkaufszahlen-ueberblick',
      text: 'Unsere Verkaufszahlen stecken in lauter einzelnen Tabellen, und keiner blickt mehr durch. Wir möchten auf einen Blick sehen, welche Produkte gut laufen und welche nicht.',
      labels: {
        'daten-2': 2,
        'daten-1': 1,
        'daten-3': 1,
        'daten-4': 1,
        'daten-5': 1,
      },
      rationale:
        'Lukas führt verstreute Tabellen zu Übersichten und Dashboards zusammen; Sarah baut Dashboard-Oberflächen als Entwicklerin, nicht die Auswertung.',
    },
    {
      key: 'de-bestellknopf-test',
      text: 'In unserem Onlineshop wissen wir nicht, ob der Bestellknopf oben oder unten mehr Käufe bringt. Kann jemand beide Varianten eine Zeit lang parallel laufen lassen und ehrlich auswerten, welche besser ist?',
      skills: ['ab-test'],
      labels: {
        'marketing-3': 2,
        'daten-4': 2,
        'marketing-1': 1,
        'marketing-2': 1,
        'marketing-4': 1,
        'marketing-5': 1,
        'daten-1': 1,
        'daten-2': 1,
        'daten-3': 1,
        'daten-5': 1,
      },
      rationale:
        'Patrick plant A/B-Tests im Shop, Merve wertet sie statistisch aus, daher 1 für das übrige Online-Marketing und die übrige Datenanalyse; Katharinas Bestellknopf war eine Frage der Beschriftung nach Recht.',
    },

    // ---------------------------------------------------------------- Online-Marketing
    {
      key: 'de-zahnarzt-google',
      text: 'Wenn man bei Google „Zahnarzt Leipzig-Süd“ eingibt, taucht unsere Praxis erst auf der dritten Seite auf. Wie kommen wir weiter nach oben?',
      labels: {
        'marketing-1': 2,
        'marketing-2': 2,
        'marketing-3': 1,
        'marketing-4': 1,
        'marketing-5': 1,
      },
      rationale:
        'Christian macht lokale Suchmaschinenoptimierung für Praxen, Sandra SEO; Max baut Praxiswebsites, Aylin Praxisterminbuchung, Henrik berät Praxen zum Datenschutz: keiner davon hebt das Ranking.',
    },
    {
      key: 'de-zahnarzt-google-twin',
      twinOf: 'de-zahnarzt-google',
      text: 'Neue Patienten finden unsere Zahnarztpraxis im Internet kaum, bei der Suche stehen immer andere vor uns. Was können wir tun, damit wir weiter oben erscheinen?',
      labels: {
        'marketing-1': 2,
        'marketing-2': 2,
        'marketing-3': 1,
        'marketing-4': 1,
        'marketing-5': 1,
      },
      rationale: 'Dieselbe Aufgabe wie de-zahnarzt-google: in der lokalen Suche besser gefunden werden.',
    },
    {
      key: 'de-baeckerei-instagram',
      text: 'Zu unserer Bäckerei kommen seit Jahren dieselben treuen Stammkunden, fast alle über sechzig. Wir würden gern auch Jüngere erreichen, vielleicht über Instagram, wissen aber nicht, wie man damit anfängt.',
      labels: {
        'marketing-4': 2,
        'marketing-1': 1,
        'marketing-2': 1,
        'marketing-3': 1,
        'marketing-5': 1,
      },
      rationale:
        'Lisa baut Instagram-Kanäle für lokale Geschäfte auf und bringt jüngeres Publikum; Anna (Prognosen), Sebastian (Fotos) und Marie (Webtexte) haben nur mit Bäckereien gearbeitet, Moritz schneidet Clips für Events.',
    },

    // ---------------------------------------------------------------- Buchhaltung und Lohn
    {
      key: 'de-aushilfen-lohn',
      text: 'Wir haben inzwischen sieben Angestellte und drei Aushilfen und kommen mit den monatlichen Abrechnungen nicht mehr hinterher.',
      skills: ['lohnabrechnung'],
      labels: {
        'buchhaltung-2': 2,
        'buchhaltung-4': 2,
        'buchhaltung-1': 1,
        'buchhaltung-3': 1,
        'buchhaltung-5': 1,
      },
      rationale:
        'Heike und Gül machen Lohnabrechnungen auch für Aushilfen; Sabine, Frank und Dieter machen Buchhaltung ohne Lohn; Birgit regelt Minijobs und Aushilfen arbeitsrechtlich, rechnet aber nicht ab.',
    },
    {
      key: 'de-aushilfen-lohn-twin',
      twinOf: 'de-aushilfen-lohn',
      text: 'Die Gehälter für unser Team von zehn Leuten, darunter ein paar Minijobber, rechne ich bisher abends selbst aus. Das soll jetzt jemand übernehmen, der sich damit auskennt.',
      labels: {
        'buchhaltung-2': 2,
        'buchhaltung-4': 2,
        'buchhaltung-1': 1,
        'buchhaltung-3': 1,
        'buchhaltung-5': 1,
      },
      rationale:
        'Dieselbe Aufgabe wie de-aushilfen-lohn, ohne Fachwort: die monatliche Lohn- und Gehaltsabrechnung abgeben.',
    },
    {
      key: 'de-hebamme-belege',
      text: 'Ich bin selbstständige Hebamme und meine Quittungen stapeln sich im Schuhkarton. Wer sortiert das jeden Monat für mich und bereitet es für meine Steuerberaterin vor?',
      labels: {
        'buchhaltung-1': 2,
        'buchhaltung-2': 1,
        'buchhaltung-3': 1,
        'buchhaltung-4': 1,
        'buchhaltung-5': 1,
      },
      rationale:
        'Sabine macht vorbereitende Buchhaltung für Selbstständige aus Gesundheitsberufen; Dieters Schuhkarton steht in einer Vereinskasse, und Tim automatisiert Belegerfassung als Entwickler, sortiert aber nicht für Kundinnen.',
    },

    // ---------------------------------------------------------------- Fotografie
    {
      key: 'de-schmuck-fotos',
      text: 'Wir verkaufen selbstgemachte Ringe und Ketten im Internet und brauchen für rund 200 Stücke ordentliche Bilder auf weißem Hintergrund.',
      labels: {
        'foto-2': 2,
        'foto-4': 2,
        'foto-1': 1,
        'foto-3': 1,
        'foto-5': 1,
      },
      rationale:
        'Ines fotografiert große Serien freigestellter Produkte, Yvonne ist auf Schmuck spezialisiert; Lisa hat den Instagram-Kanal einer Goldschmiede betreut, fotografiert aber keine Produkte für den Shop.',
    },
    {
      key: 'de-steuerbuero-team',
      text: 'Wir sind ein Steuerbüro mit zwölf Leuten und wollen auf unserer Internetseite endlich richtige Bilder von allen zeigen statt Handyschnappschüssen.',
      labels: {
        'foto-1': 2,
        'foto-2': 1,
        'foto-3': 1,
        'foto-4': 1,
        'foto-5': 1,
      },
      rationale:
        'Robert fotografiert Teams und Porträts vor Ort; Frank arbeitet mit Steuerbüros, und Katharinas Kanzlei war Kundin, beides ohne Fotografie.',
    },

    // ---------------------------------------------------------------- Video und Animation
    {
      key: 'de-heizungs-app-film',
      text: 'Viele unserer Kunden verstehen nicht, wie man mit unserer App die Heizung steuert. Wir hätten gern einen kurzen, gezeichneten Film, der das in zwei Minuten zeigt.',
      labels: {
        'video-2': 2,
        'video-4': 2,
        'video-1': 1,
        'video-3': 1,
      },
      rationale:
        'Svenja macht Erklärvideos in 2D-Animation, Emma animiert Produktfilme für Apps; Malte hat nur Figuren und Storyboard zu einem Erklärfilm gezeichnet, und die Illustratoren zeichnen, animieren aber nicht.',
    },
    {
      key: 'de-tischlerei-film',
      text: 'Wir sind eine Tischlerei mit acht Leuten und möchten im Internet zeigen, wie bei uns gearbeitet wird: ein paar Minuten bewegte Bilder aus der Werkstatt, mit unseren Leuten.',
      labels: {
        'video-1': 2,
        'video-2': 1,
        'video-3': 1,
        'video-4': 1,
      },
      rationale:
        'Daniel dreht dokumentarische Imagefilme über Handwerksbetriebe; Sebastian fotografiert Werkstätten, Karl belichtet Filme im fotografischen Sinn, Jonas gestaltet für das Handwerk.',
    },

    // ---------------------------------------------------------------- Übersetzung
    {
      key: 'de-hotel-polnisch',
      text: 'In unserem Hotel im Zittauer Gebirge übernachten viele Gäste aus Polen und Tschechien. Die Hausinformationen und unsere Internetseite sollen deshalb auch in deren Sprachen erscheinen.',
      labels: {
        'uebersetzung-3': 2,
        'uebersetzung-1': 1,
        'uebersetzung-2': 1,
        'uebersetzung-4': 1,
      },
      rationale:
        'Agnieszka übersetzt Gästeinformationen und Websites ins Polnische und Tschechische; die anderen übersetzen Englisch, Französisch oder Spanisch.',
    },
    {
      key: 'de-hotel-polnisch-twin',
      twinOf: 'de-hotel-polnisch',
      text: 'Immer mehr Urlauber aus Breslau und Prag kommen zu uns ins Haus. Wer bringt unsere Zimmermappe und die Website in ihre Muttersprachen?',
      labels: {
        'uebersetzung-3': 2,
        'uebersetzung-1': 1,
        'uebersetzung-2': 1,
        'uebersetzung-4': 1,
      },
      rationale:
        'Dieselbe Aufgabe wie de-hotel-polnisch, ohne die Sprachen zu nennen: Gästeinformationen ins Polnische und Tschechische.',
    },
    {
      key: 'de-geburtsurkunde',
      text: 'Ich will im Sommer in Leipzig heiraten. Das Standesamt verlangt meine Geburtsurkunde aus Argentinien in einer amtlich anerkannten deutschen Fassung.',
      labels: {
        'uebersetzung-4': 2,
        'uebersetzung-1': 1,
        'uebersetzung-2': 1,
        'uebersetzung-3': 1,
      },
      rationale:
        'Lucía ist beeidigte Übersetzerin für Spanisch und übersetzt Urkunden fürs Standesamt; Johanna und Karl haben mit Hochzeiten zu tun, nicht mit Urkunden.',
    },

    // ---------------------------------------------------------------- Texten und Redaktion
    {
      key: 'de-bioladen-rundmail',
      text: 'Unser Bioladen schickt jeden Monat eine Rundmail an die Stammkundschaft, aber kaum jemand liest sie. Wer schreibt uns Texte, auf die man sich freut?',
      labels: {
        'text-2': 2,
        'text-1': 1,
        'text-3': 1,
        'text-4': 1,
        'text-5': 1,
      },
      rationale:
        'Clara schreibt Newsletter, die gelesen werden; Andreas richtet den Versand technisch ein, schreibt aber nicht die Texte.',
    },
    {
      key: 'de-maehroboter-anleitung',
      text: 'Unsere Kunden rufen ständig an, weil sie mit dem beigelegten Heft zu unserem Rasenmähroboter nicht klarkommen. Es müsste jemand alles noch einmal verständlich aufschreiben.',
      labels: {
        'text-3': 2,
        'text-1': 1,
        'text-2': 1,
        'text-4': 1,
        'text-5': 1,
      },
      rationale:
        'Bernd schreibt verständliche Bedienungsanleitungen für Geräte; Thomas übersetzt Anleitungen, schreibt sie aber nicht neu.',
    },
    {
      key: 'de-eisdiele-name',
      text: 'Wir eröffnen im Frühjahr eine Eisdiele und haben noch keinen Namen. Außerdem brauchen wir einen kurzen Spruch fürs Schaufenster, den man sich merkt.',
      labels: {
        'text-4': 2,
        'text-1': 1,
        'text-2': 1,
        'text-3': 1,
        'text-5': 1,
      },
      rationale:
        'Nils findet Namen und Claims; Jan hat für eine Eisdiele nur den Standort ausgewertet, Leonie entwickelt Marken, aber keine Namen.',
    },

    // ---------------------------------------------------------------- Veranstaltungsplanung
    {
      key: 'de-kleingarten-jubilaeum',
      text: 'Unser Kleingartenverein wird hundert Jahre alt. Im Sommer wollen wir mit etwa 400 Leuten groß feiern, wissen aber nicht, wo wir anfangen sollen.',
      labels: {
        'event-1': 2,
        'event-2': 1,
        'event-3': 1,
        'event-4': 1,
      },
      rationale:
        'Ulrike plant Jubiläen und Vereinsfeste dieser Größe; Kerstin (Tagungen), Johanna (Hochzeiten) und Rainer (Messen) planen andere Veranstaltungen; Dieter führt nur Vereinskassen.',
    },
    {
      key: 'de-pflege-fachtagung',
      text: 'Wir sind ein Berufsverband für Pflegekräfte und wollen im Herbst 150 Mitglieder für zwei Tage zu Vorträgen und Workshops zusammenbringen. Wer kümmert sich um Räume, Anmeldungen und Essen?',
      labels: {
        'event-2': 2,
        'event-1': 1,
        'event-3': 1,
        'event-4': 1,
      },
      rationale:
        'Kerstin organisiert Tagungen mit Teilnehmermanagement; Moritz hat eine Fachtagung nur gefilmt, Lucía Papiere von Pflegekräften übersetzt, Greta eine Klinikanmeldung neu gestaltet.',
    },

    // ---------------------------------------------------------------- Recht
    {
      key: 'de-taschen-shop-recht',
      text: 'Ich nähe Taschen und will sie bald im Internet verkaufen. Was muss ich rechtlich alles auf meine Seite schreiben, damit ich keinen Ärger bekomme?',
      labels: {
        'recht-1': 2,
        'recht-2': 1,
        'recht-3': 1,
        'recht-4': 1,
      },
      rationale:
        'Katharina macht Onlineshops rechtssicher (AGB, Widerruf, Impressum); Martin, Birgit und Henrik sind Juristen mit anderen Gebieten; Nina baut Shops, berät aber nicht rechtlich.',
    },
    {
      key: 'de-foto-geteilt',
      text: 'Wir haben als Sportverein ein Bild einer Fotografin auf unserer Facebook-Seite geteilt. Jetzt verlangt sie 900 Euro von uns. Müssen wir das zahlen?',
      labels: {
        'recht-2': 2,
        'recht-1': 1,
        'recht-3': 1,
        'recht-4': 1,
      },
      rationale:
        'Martin ist Anwalt für Urheber- und Bildrechte und kennt solche Fälle von beiden Seiten; die Fotografinnen, Dieters Sportverein und Lisas Facebook-Kanäle sind nur Wortähnlichkeiten.',
    },
    {
      key: 'de-foto-geteilt-twin',
      twinOf: 'de-foto-geteilt',
      text: 'Ein Foto, das wir ohne zu fragen in einen Beitrag auf unserer Vereinsseite übernommen haben, gehört offenbar einem Fotografen, und der verlangt jetzt Schadensersatz. Ist das rechtens?',
      labels: {
        'recht-2': 2,
        'recht-1': 1,
        'recht-3': 1,
        'recht-4': 1,
      },
      rationale: 'Dieselbe Frage wie de-foto-geteilt: eine Forderung wegen ungenehmigter Bildnutzung prüfen.',
    },
  ],
};
