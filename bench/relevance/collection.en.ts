/**
 * English relevance collection: the Ancoats Freelance Co-op, a Manchester collective of 68
 * freelancers across 14 professions, with worked examples colleagues wrote about each other
 * and briefs written the way clients write them. Labels were fixed from the profiles alone,
 * before any ranking was looked at (2 = exactly this work, 1 = same profession, else 0).
 *
 * Deliberate traps for a literal matcher: a picture-book illustrator, a bookkeeper, a
 * QuickBooks integrator and an event manager who does venue booking sit near "book a table";
 * the hotel back end is a "reservation system" that never says "booking"; a food
 * photographer's example is a bakery's bread range; a finance director does cash-flow
 * "forecasts"; a product photographer shot a tea range's tins and cartons; a German technical
 * translator works on "packaging lines"; cookbooks, Christmas markets, plumbers, payroll
 * software and physiotherapy clinics turn up in profiles of the wrong profession.
 */
import type { RelevanceCollection } from './collection.js';

export const ENGLISH: RelevanceCollection = {
  language: 'en',
  collectiveName: 'Ancoats Freelance Co-op',
  members: [
    // ---------------------------------------------------------------- packaging & brand design
    {
      key: 'packaging-1',
      name: 'Priya Shah',
      profession: 'Packaging and brand design',
      headline: 'Packaging designer for independent food brands: labels, cartons, tins',
      bio: 'I design packaging for small food producers: tea blenders, coffee roasters, chocolatiers and preserve makers. I take a range from first sketch to print-ready dielines and press checks, and I know how to make a short run of cartons look at home on a deli shelf. Based in Levenshulme, working with printers across the North West.',
      skills: ['packaging-design', 'label-design', 'dielines', 'print-production'],
      examples: [
        {
          endorsedBy: 'photo-1',
          skills: ['packaging-design', 'dielines'],
          title: 'Tins, pouches and gift cartons for a loose-leaf tea company',
          description:
            'Priya redesigned the whole range for a Stockport tea blender: twelve blends across tins, refill pouches and gift cartons. She built a colour system so each blend is recognisable at a glance, drew every dieline herself and stood with the printer at the press check. I shot the finished packs and the registration was spotless.',
          endorseeRole: 'Packaging designer',
          outcome:
            'Two new delis stocked the range within a month and the gift cartons sold out before Christmas.',
        },
        {
          endorsedBy: 'copy-2',
          skills: ['label-design', 'print-production'],
          title: 'Jar labels for a chutney and jam maker',
          description:
            'We worked together on labels for a Cheshire jam and chutney maker moving into farm shops. Priya fitted allergens, barcodes and nutrition panels onto small round jar labels without them looking cluttered, and switched to a water-resistant stock after the first batch smudged in customers’ fridges.',
          endorseeRole: 'Label designer',
          outcome:
            'The labels passed a trading standards check first time and the range is now in 30 farm shops.',
        },
      ],
    },
    {
      key: 'packaging-2',
      name: 'Tom Hargreaves',
      profession: 'Packaging and brand design',
      headline: 'Brand identity for shops, cafés and local businesses',
      bio: 'Logos, shopfronts and everything with your name on it. I help independent businesses on the high street look like themselves: a name mark, a colour palette, signage, menus, the van. Fifteen years in, ex-agency, now working solo from Ancoats.',
      skills: ['brand-identity', 'logo-design', 'signage'],
      examples: [
        {
          endorsedBy: 'events-4',
          skills: ['brand-identity', 'signage'],
          title: 'Identity and shopfront for a bike repair workshop',
          description:
            'Tom created the identity for a bike repair workshop in Salford: a chunky wordmark, a two-colour palette that survives oily aprons, and a painted fascia he specified with a local signwriter. He also made price boards and a one-page guide so the owners can design their own posters without breaking the look.',
          endorseeRole: 'Brand designer',
          outcome: 'The owners say walk-in customers doubled after the new sign went up.',
        },
        {
          endorsedBy: 'photo-2',
          skills: ['brand-identity', 'logo-design'],
          title: 'Rebrand for a family bakery in Chorlton',
          description:
            'Tom rebranded a third-generation family bakery: a new hand-drawn logo, paper bags, window vinyls and a chalkboard style for the daily specials. He kept the old shop’s green because regulars were attached to it. I photographed the shop and bread for the relaunch, and his identity made every shot look coherent.',
          endorseeRole: 'Brand identity designer',
          outcome:
            'The relaunch got a feature in the local paper and the bakery opened a second shop the next year.',
        },
      ],
    },
    {
      key: 'packaging-3',
      name: 'Niamh Doyle',
      profession: 'Packaging and brand design',
      headline: 'Structural and sustainable packaging for beauty and wellbeing brands',
      bio: 'I design boxes that open beautifully and don’t cost the earth: plastic-free inserts, FSC board and mono-material cartons that go straight in the recycling. Most of my clients make skincare, candles or supplements and sell through boutiques as well as their own websites.',
      skills: ['packaging-design', 'sustainable-packaging', 'structural-design'],
      examples: [
        {
          endorsedBy: 'photo-1',
          skills: ['sustainable-packaging', 'structural-design'],
          title: 'Plastic-free gift box for a skincare brand',
          description:
            'Niamh replaced a skincare brand’s plastic trays with a folded board insert that holds three glass bottles snugly. She prototyped the structure on her cutting plotter, drop-tested it with a courier and kept the unboxing feeling luxurious, with a magnetic lid and a printed inner sleeve. It photographs beautifully, too.',
          endorseeRole: 'Structural packaging designer',
          outcome: 'Cost per box fell 18% and the brand can now print “plastic-free” on the pack.',
        },
      ],
    },
    {
      key: 'packaging-4',
      name: 'Ade Okafor',
      profession: 'Packaging and brand design',
      headline: 'Brand strategist and designer for tech startups',
      bio: 'I help early-stage companies work out what they stand for and then make it visible: positioning, naming, visual identity and the brand guidelines that keep a growing team consistent. Fintech, health-tech and SaaS founders, often in the months before a funding round.',
      skills: ['brand-strategy', 'brand-guidelines', 'visual-identity', 'presentation-design'],
      examples: [
        {
          endorsedBy: 'copy-1',
          skills: ['brand-strategy', 'visual-identity'],
          title: 'Rebrand for a payments startup ahead of its Series A',
          description:
            'Ade ran positioning workshops with the founders of a Manchester payments startup, then built a new identity: logo, type system, illustration style and a forty-page brand book. I wrote the messaging alongside him, and he made sure the pitch deck, website and app all used the same language and look.',
          endorseeRole: 'Brand strategist',
          outcome:
            'They closed the round on schedule; two investors said the deck was the clearest they had seen.',
        },
        {
          endorsedBy: 'frontend-4',
          skills: ['brand-guidelines'],
          title: 'Brand guidelines a development team could actually use',
          description:
            'Ade turned a health-tech company’s scattered logo files into proper guidelines with colour tokens, spacing rules and accessible contrast pairs. He worked with me so every value mapped straight into our component library, which meant the brand and the product finally stopped drifting apart release after release.',
          endorseeRole: 'Brand designer',
          outcome: 'Design review comments about off-brand screens dropped to almost none.',
        },
      ],
    },
    {
      key: 'packaging-5',
      name: 'Hannah Lowe',
      profession: 'Packaging and brand design',
      headline: 'Labels and hand-lettering for breweries, cideries and distilleries',
      bio: 'Drinks labels are my thing. I hand-letter, illustrate and design labels for craft beer, cider and small-batch spirits, and I know my way around can wraps, neck collars and duty stamps. Ex-bartender, so I will happily taste the product first.',
      skills: ['label-design', 'hand-lettering', 'drinks-branding'],
      examples: [
        {
          endorsedBy: 'photo-2',
          skills: ['label-design', 'drinks-branding'],
          title: 'Core range can wraps for a Stockport brewery',
          description:
            'Hannah designed the can wraps for a brewery’s four core beers, each with a hand-lettered name and a colour that tells you the style from across the bar. She handled the printer’s wrap templates and the distortion of shrink sleeves, which had caught out their previous designer badly.',
          endorseeRole: 'Drinks label designer',
          outcome: 'The cans were picked up by a national supermarket the following year.',
        },
      ],
    },
    // ---------------------------------------------------------------- illustration
    {
      key: 'illus-1',
      name: 'Ellie Brennan',
      profession: 'Illustration',
      headline: 'Children’s picture book illustrator',
      bio: 'I illustrate picture books for children aged three to seven, mostly in gouache and coloured pencil. I have illustrated nine books for UK publishers and several for self-published authors, and I love finding where the pictures can tell what the words don’t. Animals are my speciality, especially ones with big feelings.',
      skills: ['childrens-illustration', 'picture-books', 'gouache'],
      examples: [
        {
          endorsedBy: 'copy-4',
          skills: ['picture-books', 'childrens-illustration'],
          title: 'Illustrations for a self-published bedtime story',
          description:
            'I edited the text of a first-time author’s picture book about a badger who can’t sleep, and Ellie illustrated all 32 pages. She storyboarded the spreads with the author, left room for the words on every page, and delivered print-ready files with the right bleed for the printer.',
          endorseeRole: 'Picture book illustrator',
          outcome:
            'The author sold the first 1,000 copies at school visits and a small publisher took on the sequel.',
        },
        {
          endorsedBy: 'illus-4',
          skills: ['childrens-illustration'],
          title: 'Early-reader series for an educational publisher',
          description:
            'Ellie illustrated a series of four early-reader books for a Leeds educational publisher, keeping the same fox and rabbit consistent across 120 pages. She worked to a strict reading-level brief, drawing pictures that give young readers clues to the trickier words. I helped with colour flats on the last two.',
          endorseeRole: 'Illustrator',
          outcome: 'The series is now used in more than 200 primary schools.',
        },
      ],
    },
    {
      key: 'illus-2',
      name: 'Marcus Webb',
      profession: 'Illustration',
      headline: 'Editorial illustrator: magazines, newspapers, podcasts',
      bio: 'Conceptual illustration for articles, covers and podcast artwork. I read the piece, find the idea in it and turn around a finished image in days, not weeks. Clients include national newspapers, trade titles and university research magazines.',
      skills: ['editorial-illustration', 'conceptual-illustration', 'digital-illustration'],
      examples: [
        {
          endorsedBy: 'copy-4',
          skills: ['editorial-illustration', 'conceptual-illustration'],
          title: 'Monthly illustrations for a business magazine column',
          description:
            'Marcus has illustrated the monthly column I ghostwrite for a business magazine for two years. He gets the draft on Monday, sends three rough ideas by Wednesday, and the final image is always a clever visual metaphor, never another stock picture of someone at a laptop.',
          endorseeRole: 'Editorial illustrator',
          outcome: 'The editor renewed the column twice and started commissioning Marcus for covers.',
        },
      ],
    },
    {
      key: 'illus-3',
      name: 'Sofia Marin',
      profession: 'Illustration',
      headline: 'Illustrated maps, trails and infographics',
      bio: 'I draw maps people want to keep: visitor trails, campus maps, festival site plans and illustrated infographics. I combine accurate survey data with a hand-drawn style, and I work with councils, tourism boards and museums on wayfinding.',
      skills: ['map-illustration', 'infographics', 'wayfinding'],
      examples: [
        {
          endorsedBy: 'events-2',
          skills: ['map-illustration', 'wayfinding'],
          title: 'Site map for a two-day park festival',
          description:
            'Sofia drew the site map for our two-day festival in Heaton Park: stages, toilets, first aid, water points and step-free routes, in a friendly hand-drawn style that still satisfied the safety officer. When we moved a stage the night before opening, she redrew and resent the files by midnight.',
          endorseeRole: 'Map illustrator',
          outcome:
            'Printed on 20,000 programmes and the boards at every gate; lost-visitor calls dropped noticeably.',
        },
        {
          endorsedBy: 'growth-4',
          skills: ['map-illustration'],
          title: 'Food and drink trail for a market town',
          description:
            'Sofia illustrated a walking trail of a market town’s independent food and drink businesses, with twenty-two stops, a tiny drawing of each shopfront and a route that fits on an A3 fold-out leaflet. I was doing the same businesses’ search listings, and the map became the most shared thing of the year.',
          endorseeRole: 'Illustrator',
          outcome: 'The town council reprinted the leaflet three times in its first summer.',
        },
      ],
    },
    {
      key: 'illus-4',
      name: 'Jade Kimura',
      profession: 'Illustration',
      headline: 'Character designer for games, apps and brands',
      bio: 'I design characters, mascots and sticker packs for games, apps and brands that want a face. I deliver turnarounds, expression sheets and layered files ready for animators and developers. I work mostly in Procreate and Illustrator.',
      skills: ['character-design', 'mascot-design', 'game-art'],
      examples: [
        {
          endorsedBy: 'video-2',
          skills: ['mascot-design', 'character-design'],
          title: 'Owl mascot for a children’s maths app',
          description:
            'Jade designed Pip, the owl mascot of a maths learning app for children, with twelve expressions, a full turnaround and a simplified version for the app icon. Her layered files made my job of animating Pip’s little celebrations quick, and the character works just as well on stickers and posters.',
          endorseeRole: 'Character designer',
          outcome: 'Pip now appears on the icon, in-app rewards and a sticker pack sent to schools.',
        },
        {
          endorsedBy: 'translate-4',
          skills: ['game-art', 'character-design'],
          title: 'Characters for an indie puzzle game',
          description:
            'Jade designed the cast of a Manchester studio’s puzzle game: six characters with distinct silhouettes, idle animations sketched as guides and portraits for every dialogue mood. When I localised the game for Japan, players singled out her characters in reviews as the reason they picked it up.',
          endorseeRole: 'Game artist',
          outcome: 'The game was featured on the Japanese eShop and her characters are on all its store art.',
        },
      ],
    },
    {
      key: 'illus-5',
      name: 'Rob Quayle',
      profession: 'Illustration',
      headline: 'Botanical and food illustrator working in watercolour',
      bio: 'Watercolour and ink illustrations of plants, herbs, fruit and food for menus, packaging, cookbooks and garden centres. I paint from life wherever I can. Recent work includes a gin distillery’s botanicals and the seasonal menus of a restaurant in the Peak District.',
      skills: ['botanical-illustration', 'watercolour', 'food-illustration'],
      examples: [
        {
          endorsedBy: 'packaging-5',
          skills: ['botanical-illustration', 'watercolour'],
          title: 'Botanical paintings for a gin label',
          description:
            'Rob painted the eight botanicals in a small distillery’s gin, juniper, angelica, orange peel and the rest, which I then built into the label. His watercolours scanned beautifully, and he supplied each plant as a separate file so we could rearrange them for the gift box and the website.',
          endorseeRole: 'Botanical illustrator',
          outcome: 'The label won a regional design award and the distillery uses the paintings everywhere.',
        },
        {
          endorsedBy: 'photo-2',
          skills: ['food-illustration', 'watercolour'],
          title: 'Seasonal menu paintings for a Peak District restaurant',
          description:
            'Rob illustrated a restaurant’s four seasonal menus with watercolours of wild garlic, rhubarb, game birds and foraged mushrooms from the owners’ own suppliers. I photographed the dishes for the same restaurant, and his paintings gave the printed menus a warmth that photographs alone could not.',
          endorseeRole: 'Food illustrator',
          outcome: 'Guests regularly ask to take the menus home; the restaurant now sells them as prints.',
        },
      ],
    },
    // ---------------------------------------------------------------- UX research
    {
      key: 'ux-1',
      name: 'Grace Adeyemi',
      profession: 'UX research',
      headline: 'Usability testing for apps and websites',
      bio: 'I find out where people get stuck before your customers do. I plan and run moderated usability sessions, in person or remote, on prototypes and live products, and turn what I see into a short list of fixes your team can ship. Fintech and e-commerce, mostly.',
      skills: ['usability-testing', 'prototype-testing', 'user-research'],
      examples: [
        {
          endorsedBy: 'frontend-1',
          skills: ['usability-testing', 'prototype-testing'],
          title: 'Pre-launch testing of a budgeting app',
          description:
            'Grace ran ten moderated sessions on a clickable prototype of a budgeting app, recruiting people who had never used one. She found that nobody understood the savings “pots” screen and that the sign-in code email landed in spam. Her twenty-minute highlight reel convinced the founders faster than any report.',
          endorseeRole: 'UX researcher',
          outcome: 'Both problems were fixed before launch and the app’s store rating has stayed above 4.6.',
        },
        {
          endorsedBy: 'growth-2',
          skills: ['usability-testing'],
          title: 'Checkout study for a homeware shop',
          description:
            'Grace watched twelve shoppers try to buy from a homeware site on their own phones and found that the delivery options were hidden below the fold and the discount box made people leave to hunt for codes. Her findings gave me the hypotheses for my next round of experiments.',
          endorseeRole: 'Usability researcher',
          outcome: 'Three of her five findings became winning tests.',
        },
      ],
    },
    {
      key: 'ux-2',
      name: 'Daniel Frost',
      profession: 'UX research',
      headline: 'Accessibility specialist: audits, WCAG, testing with disabled people',
      bio: 'I have been partially sighted since birth and have spent ten years helping organisations make their websites and apps work for everyone. I audit against WCAG 2.2, test with screen readers, magnification and switch access, and run sessions with disabled participants so fixes rest on real use, not a checklist.',
      skills: ['accessibility', 'wcag-audits', 'assistive-technology-testing'],
      examples: [
        {
          endorsedBy: 'frontend-4',
          skills: ['wcag-audits', 'assistive-technology-testing'],
          title: 'Accessibility audit for a housing association',
          description:
            'Daniel audited a housing association’s repairs website with NVDA, VoiceOver and keyboard only, then ran sessions with five tenants who use assistive technology every day. His report ranked issues by how badly they blocked people, and he re-tested every single fix I made before we released it.',
          endorseeRole: 'Accessibility consultant',
          outcome: 'The site now meets WCAG 2.2 AA and complaints about the repairs form have stopped.',
        },
      ],
    },
    {
      key: 'ux-3',
      name: 'Leah Sutton',
      profession: 'UX research',
      headline: 'Discovery researcher: interviews, diary studies, understanding needs',
      bio: 'I help teams understand people before they build anything. In-depth interviews, diary studies and home visits, mostly for public sector and charity teams working with people in difficult situations. I am trained in trauma-informed research and comfortable with sensitive topics.',
      skills: ['user-interviews', 'discovery-research', 'diary-studies'],
      examples: [
        {
          endorsedBy: 'data-4',
          skills: ['user-interviews', 'discovery-research'],
          title: 'Discovery research with unpaid carers for a council',
          description:
            'Leah interviewed twenty-four unpaid carers for a council planning a new support service, including visits at home and a three-week diary study. She was patient and kind with people who were exhausted, and her findings showed carers wanted help with forms far more than respite breaks.',
          endorseeRole: 'Discovery researcher',
          outcome:
            'The council rebuilt the service around form-filling help; uptake in the pilot was triple the estimate.',
        },
      ],
    },
    {
      key: 'ux-4',
      name: 'Imran Qureshi',
      profession: 'UX research',
      headline: 'Information architect: navigation, card sorting, tree testing',
      bio: 'Big websites get messy. I help organisations with hundreds or thousands of pages work out how people look for things, then restructure the navigation so they find it. Card sorting, tree testing, content audits and search-log analysis; universities and councils are my usual clients.',
      skills: ['information-architecture', 'card-sorting', 'tree-testing', 'content-audits'],
      examples: [
        {
          endorsedBy: 'growth-1',
          skills: ['information-architecture', 'tree-testing'],
          title: 'Navigation overhaul for a university website',
          description:
            'Imran audited 4,000 pages on a university site, ran an open card sort with 150 students and tested three new menu structures with tree tests before anything was built. I handled the redirect plan, and his structure cut the top level of the menu from fourteen items to six.',
          endorseeRole: 'Information architect',
          outcome:
            'In tree tests, success at finding course fees rose from 41% to 88%; calls to admissions fell.',
        },
      ],
    },
    {
      key: 'ux-5',
      name: 'Beth Carey',
      profession: 'UX research',
      headline: 'Service designer for health and care',
      bio: 'I map how services really work end to end, front stage and back, and facilitate workshops where staff and patients redesign them together. Ex-NHS, so I know how a ward, a GP practice and a commissioning meeting run. Service blueprints, journey maps and co-design.',
      skills: ['service-design', 'journey-mapping', 'co-design-workshops'],
      examples: [
        {
          endorsedBy: 'translate-5',
          skills: ['service-design', 'journey-mapping'],
          title: 'Outpatient journey redesign at a hospital trust',
          description:
            'Beth mapped the whole journey of a patient referred to a hospital outpatient clinic, from the GP’s letter to follow-up, with receptionists, nurses and patients in the room. The blueprint showed three teams sending separate appointment letters, some only in English, which I then translated once they were merged.',
          endorseeRole: 'Service designer',
          outcome: 'Missed outpatient appointments dropped by a fifth within six months.',
        },
      ],
    },
    // ---------------------------------------------------------------- front-end development
    {
      key: 'frontend-1',
      name: 'Liam Doherty',
      profession: 'Front-end development',
      headline: 'React and TypeScript developer for web apps and dashboards',
      bio: 'I build the screens people use every day: customer portals, admin dashboards and internal tools. React, Next.js and TypeScript, with a soft spot for tables that don’t fall over at 10,000 rows. I work well with backend teams and with designers who hand over Figma files.',
      skills: ['react', 'typescript', 'nextjs', 'web-apps'],
      examples: [
        {
          endorsedBy: 'backend-3',
          skills: ['react', 'web-apps'],
          title: 'Customer portal for a catering wholesaler',
          description:
            'Liam built the customer portal for a catering wholesaler on top of the API I wrote: trade customers log in, see past orders, download invoices and reorder in two clicks. He handled slow connections gracefully, and the order history stays fast even for customers with eight years of orders.',
          endorseeRole: 'Front-end developer',
          outcome: '60% of repeat orders moved from the phone to the portal within three months.',
        },
      ],
    },
    {
      key: 'frontend-2',
      name: 'Chloe Whitaker',
      profession: 'Front-end development',
      headline: 'Shopify developer for independent online shops',
      bio: 'I build and customise Shopify stores for small brands outgrowing Etsy and Instagram: themes, product pages, checkout tweaks, subscriptions and the apps that glue it together. Fashion, homeware and vintage, mostly.',
      skills: ['shopify', 'ecommerce', 'liquid', 'theme-development'],
      examples: [
        {
          endorsedBy: 'photo-1',
          skills: ['shopify', 'ecommerce'],
          title: 'Shopify store for a vintage clothing seller',
          description:
            'Chloe moved a vintage clothing seller from Instagram direct messages to a proper Shopify store, with one-off items that disappear when sold, size filters and a countdown for Sunday drops. I photographed the stock, and she set up bulk uploads so the owner can list fifty pieces in an evening.',
          endorseeRole: 'Shopify developer',
          outcome:
            'The first drop sold 80% of its items within an hour, with no more chasing payments by message.',
        },
        {
          endorsedBy: 'translate-3',
          skills: ['shopify', 'theme-development'],
          title: 'Multi-market storefront for a skincare brand',
          description:
            'Chloe rebuilt a skincare brand’s Shopify theme so it could sell in the UK, Spain and Mexico from one store, with local currencies, market-specific product ranges and a language switcher that remembers the shopper’s choice. She loaded my translations and let me review every page in context before launch.',
          endorseeRole: 'E-commerce developer',
          outcome: 'The store went live in both new markets on the same day without any downtime.',
        },
      ],
    },
    {
      key: 'frontend-3',
      name: 'Oskar Nowak',
      profession: 'Front-end development',
      headline: 'Web performance engineer: faster pages, better Core Web Vitals',
      bio: 'If your site feels sluggish, I find out why and fix it: image pipelines, JavaScript bloat, render-blocking third-party scripts, caching. I measure before and after with real-user data, so you see the improvement in LCP and INP, not just a lab score.',
      skills: ['web-performance', 'core-web-vitals', 'javascript'],
      examples: [
        {
          endorsedBy: 'growth-2',
          skills: ['web-performance', 'core-web-vitals'],
          title: 'Mobile speed rescue for a furniture retailer',
          description:
            'Oskar cut the mobile load time of a furniture retailer’s product pages from seven seconds to under two, by resizing hero images, deferring the chat and review widgets and removing a slider library nobody used. He set up real-user monitoring so the team notices if the pages start creeping back up.',
          endorseeRole: 'Performance engineer',
          outcome:
            'Mobile conversion rate rose 14% the following month and every Core Web Vital turned green.',
        },
      ],
    },
    {
      key: 'frontend-4',
      name: 'Aisha Rahman',
      profession: 'Front-end development',
      headline: 'Front-end developer: design systems and accessible components',
      bio: 'I build component libraries and design systems that let several teams ship consistent, accessible interfaces. Semantic HTML first, keyboard and screen reader support built in, documented in Storybook. I have done this for a bank, a housing association and two SaaS scale-ups.',
      skills: ['design-systems', 'accessibility', 'component-libraries', 'react'],
      examples: [
        {
          endorsedBy: 'ux-2',
          skills: ['accessibility'],
          title: 'Rebuilding a repairs form for screen reader users',
          description:
            'After my audit, Aisha rebuilt a housing association’s repairs form so it works with a screen reader and a keyboard alone: proper labels, error messages announced as they appear, and focus that moves where you expect. She tested each change with me and with two tenants before it went live.',
          endorseeRole: 'Accessibility-focused front-end developer',
          outcome: 'Tenants who use screen readers can now report a repair without phoning.',
        },
        {
          endorsedBy: 'packaging-4',
          skills: ['design-systems', 'component-libraries'],
          title: 'Shared component library for a health-tech company',
          description:
            'Aisha built a shared library of buttons, forms, tables and dialogs for a health-tech company whose three product teams had each been building their own. She documented everything in Storybook, mapped my brand tokens into it, and ran sessions until every team had moved over.',
          endorseeRole: 'Design systems developer',
          outcome: 'New screens now take days rather than weeks, and they finally look like one product.',
        },
      ],
    },
    {
      key: 'frontend-5',
      name: 'Ben Ashworth',
      profession: 'Front-end development',
      headline: 'WordPress websites for small businesses and sole traders',
      bio: 'Simple, quick websites for tradespeople, therapists, salons and small practices. WordPress with a lightweight theme, your prices, a contact form, a map and pages you can edit yourself. Fixed prices, no jargon, and I answer the phone if something breaks.',
      skills: ['wordpress', 'small-business-websites', 'web-design'],
      examples: [
        {
          endorsedBy: 'growth-4',
          skills: ['wordpress', 'small-business-websites'],
          title: 'Website for a sports massage therapist',
          description:
            'Ben built a five-page WordPress site for a sports massage therapist in Sale: treatments and prices, an about page, a contact form and a map to her treatment room. He showed her how to change her prices herself and kept it fast and plain. I then pointed her Google profile at it.',
          endorseeRole: 'Web designer',
          outcome: 'She now gets around ten enquiries a week through the site.',
        },
      ],
    },
    // ---------------------------------------------------------------- backend development
    {
      key: 'backend-1',
      name: 'Kieran Walsh',
      profession: 'Backend development',
      headline: 'Backend developer for booking and scheduling systems',
      bio: 'I build the part behind the “book now” button: availability, time slots, capacity limits, waiting lists, reminders and cancellations. Node.js and PostgreSQL, integrated with calendars and payment providers. Gyms, clinics, restaurants and tour operators.',
      skills: ['booking-systems', 'scheduling', 'nodejs', 'postgresql'],
      examples: [
        {
          endorsedBy: 'frontend-1',
          skills: ['booking-systems', 'nodejs'],
          title: 'Class bookings for a chain of climbing gyms',
          description:
            'Kieran built the booking backend for three climbing gyms: members book sessions, capacity is enforced per wall, a waiting list promotes people automatically when someone cancels, and reminder texts go out the day before. I built the front end on his API, and in two years it has never double-booked anyone.',
          endorseeRole: 'Backend developer',
          outcome: 'No-shows fell by a third and the front desk stopped keeping paper lists.',
        },
        {
          endorsedBy: 'frontend-5',
          skills: ['scheduling', 'booking-systems'],
          title: 'Appointment scheduling for a physiotherapy clinic',
          description:
            'Kieran built appointment scheduling for a physiotherapy clinic with four practitioners and two treatment rooms: patients choose a practitioner and a free slot, the system prevents room clashes, and every practitioner’s calendar syncs to their phone. I embedded his booking widget in the clinic’s website.',
          endorseeRole: 'Booking systems developer',
          outcome: 'Reception phone calls halved and online appointments are now 70% of the total.',
        },
      ],
    },
    {
      key: 'backend-2',
      name: 'Zara Hussain',
      profession: 'Backend development',
      headline: 'Python and Django developer: reservations, payments and order back ends',
      bio: 'I build the server side of systems that take people’s money and promise them something in return: room reservations, deposits, refunds, invoicing. Django and PostgreSQL, Stripe and GoCardless integrations, and careful handling of the edge cases that cost real money.',
      skills: ['python', 'django', 'payments-integration', 'reservation-systems'],
      examples: [
        {
          endorsedBy: 'photo-4',
          skills: ['reservation-systems', 'payments-integration'],
          title: 'Room reservation engine for a Lake District hotel',
          description:
            'Zara built the reservation system for a forty-room country hotel that was paying a fortune in commission to travel websites. Guests see live room availability, pay a deposit by card and get a confirmation email straight away, and staff can block rooms for maintenance. I photographed the rooms for the new site it runs on.',
          endorseeRole: 'Backend developer',
          outcome: 'Direct reservations rose from 15% to 55% of the hotel’s rooms in the first season.',
        },
        {
          endorsedBy: 'events-3',
          skills: ['payments-integration', 'django'],
          title: 'Deposits and instalments for a wedding venue',
          description:
            'Zara built the payments side of a wedding venue’s enquiry system: couples pay a deposit by card to hold a date, instalments are collected automatically, and refunds follow the venue’s cancellation terms without anyone working them out by hand. I plan weddings there and the process is now painless.',
          endorseeRole: 'Payments developer',
          outcome:
            'The venue manager stopped chasing instalments by phone and no refund has been miscalculated since.',
        },
      ],
    },
    {
      key: 'backend-3',
      name: 'Matt Greenwood',
      profession: 'Backend development',
      headline: 'APIs and integrations: making your systems talk to each other',
      bio: 'Most small companies run on five systems that don’t talk to each other and one person who copies data between them. I design APIs and build integrations between shops, CRMs, stock systems and accounting software such as Xero and QuickBooks. Go and TypeScript, webhooks, and plenty of patience with other people’s documentation.',
      skills: ['api-design', 'integrations', 'golang', 'webhooks'],
      examples: [
        {
          endorsedBy: 'accounts-1',
          skills: ['integrations', 'webhooks'],
          title: 'Shop-to-Xero sync for a homeware brand',
          description:
            'Matt connected a homeware brand’s online shop to Xero, so every order, refund and payout lands in the accounts automatically with the right VAT codes. Before, the owner typed two hundred orders a month in by hand, and I spent days every month reconciling them against the bank.',
          endorseeRole: 'Integration developer',
          outcome: 'Month-end reconciliation went from three days to one afternoon.',
        },
        {
          endorsedBy: 'frontend-1',
          skills: ['api-design'],
          title: 'Order API for a catering wholesaler',
          description:
            'Matt designed and built the order API for a catering wholesaler, documented with OpenAPI, with clear error messages, pagination and versioning from day one. I built their customer portal on top of it and never once had to guess what an endpoint did or ask him what a field meant.',
          endorseeRole: 'API developer',
          outcome: 'Two other suppliers now integrate with the same API.',
        },
      ],
    },
    {
      key: 'backend-4',
      name: 'Rachel Thornton',
      profession: 'Backend development',
      headline: 'Database engineer: legacy rescue, migrations and performance',
      bio: 'I look after the data businesses can’t afford to lose. I rescue ageing databases, move data from old Access and FoxPro systems onto PostgreSQL, and tune queries that have slowed to a crawl. Careful, documented, reversible changes.',
      skills: ['postgresql', 'data-migration', 'legacy-systems', 'database-performance'],
      examples: [
        {
          endorsedBy: 'accounts-4',
          skills: ['data-migration', 'legacy-systems'],
          title: 'Moving a builders’ merchant off a twenty-year-old stock system',
          description:
            'Rachel moved a builders’ merchant from a crashing Access database, built in 2003 by the owner’s nephew, to PostgreSQL with a simple web front end. She mapped every odd field, ran both systems side by side for a month, and proved every stock count matched before switching the old one off.',
          endorseeRole: 'Database engineer',
          outcome: 'No records were lost and the daily crash that used to freeze the tills disappeared.',
        },
      ],
    },
    {
      key: 'backend-5',
      name: 'Sam Okoro',
      profession: 'Backend development',
      headline: 'DevOps and cloud: hosting, backups, monitoring, security',
      bio: 'I keep apps running. AWS and Hetzner hosting, infrastructure as code, automated backups you have actually tested restoring, and monitoring that wakes me up before your customers notice. I also harden security and help small teams pass their first penetration test.',
      skills: ['devops', 'aws', 'infrastructure-as-code', 'monitoring'],
      examples: [
        {
          endorsedBy: 'backend-1',
          skills: ['devops', 'aws', 'monitoring'],
          title: 'Stabilising hosting for a ticketing startup',
          description:
            'Sam moved a ticketing startup’s app from one overloaded server to a properly sized AWS setup with load balancing, nightly backups that he proved by restoring them, and alerts on error rates. The app had fallen over twice during big on-sales; it has not gone down once since the move.',
          endorseeRole: 'DevOps engineer',
          outcome: 'The next on-sale handled twenty times normal traffic with no downtime.',
        },
      ],
    },
    // ---------------------------------------------------------------- data science
    {
      key: 'data-1',
      name: 'Femi Adebayo',
      profession: 'Data science',
      headline: 'Demand forecasting for retail and fresh food',
      bio: 'I forecast how much will sell, where and when, so you order and produce the right amount. Time-series models at store and SKU level, with weather, holidays and promotions built in. Most of my clients sell things that go off: fresh food, flowers, ready meals.',
      skills: ['demand-forecasting', 'time-series', 'python', 'retail-analytics'],
      examples: [
        {
          endorsedBy: 'data-2',
          skills: ['demand-forecasting', 'time-series'],
          title: 'Next-day sandwich forecasts for a chain of cafés',
          description:
            'Femi built a model that predicts next-day sales of every sandwich and salad at nine city-centre cafés, from two years of till data plus weather and bank holidays. Each kitchen gets a production sheet every afternoon saying how many of each to make. I built the dashboard showing forecast against actual sales.',
          endorseeRole: 'Forecasting specialist',
          outcome: 'Food waste fell 23% in the first quarter, with fewer sell-outs before the end of lunch.',
        },
        {
          endorsedBy: 'accounts-3',
          skills: ['demand-forecasting', 'retail-analytics'],
          title: 'Stem-level demand forecasts for a group of florists',
          description:
            'Femi forecast demand for each flower variety across four florist shops ahead of Valentine’s Day and Mother’s Day, the two weeks that make or break their year. His numbers set the orders placed with Dutch growers, replacing the owner’s guesswork. I do their management accounts, so I saw the margins.',
          endorseeRole: 'Data scientist',
          outcome: 'Unsold stems after Mother’s Day dropped from about 30% to under 10%.',
        },
      ],
    },
    {
      key: 'data-2',
      name: 'Laura Kingsley',
      profession: 'Data science',
      headline: 'Dashboards and reporting: Power BI, Looker Studio, automated reports',
      bio: 'I replace the weekly spreadsheet ritual with dashboards that update themselves. I connect your tills, accounts, rota and CRM, model the data properly and build reports people actually open. Hospitality, retail and property management.',
      skills: ['dashboards', 'power-bi', 'data-visualisation', 'sql'],
      examples: [
        {
          endorsedBy: 'accounts-3',
          skills: ['dashboards', 'power-bi'],
          title: 'Trading dashboard for a pub group',
          description:
            'Laura connected a pub group’s tills, rota software and Xero into one Power BI dashboard: sales by site, labour cost as a share of takings, and stock variance. Managers used to spend Monday mornings copying figures into a workbook for me to consolidate. Now it refreshes every hour on its own.',
          endorseeRole: 'BI developer',
          outcome: 'Area managers caught an overstaffing problem at two sites in the first month.',
        },
      ],
    },
    {
      key: 'data-3',
      name: 'Chen Wei',
      profession: 'Data science',
      headline: 'Machine learning engineer: text classification, recommendations, NLP',
      bio: 'I build machine learning that does one specific, useful job: routing customer messages, tagging documents, recommending products. I care about models that are cheap to run and that your team understands, not the fanciest architecture.',
      skills: ['machine-learning', 'nlp', 'text-classification', 'python'],
      examples: [
        {
          endorsedBy: 'growth-5',
          skills: ['text-classification', 'nlp'],
          title: 'Automatic routing of customer emails for an online retailer',
          description:
            'Chen trained a classifier that reads an online retailer’s incoming customer emails and tags them as returns, delivery problems, product questions or complaints, with a confidence score. Anything uncertain goes to a person. The support team’s single overflowing inbox became four queues with the right people on each.',
          endorseeRole: 'Machine learning engineer',
          outcome:
            'First-response time halved and 85% of emails are tagged correctly without anyone touching them.',
        },
        {
          endorsedBy: 'copy-2',
          skills: ['machine-learning'],
          title: 'Product recommendations for a kitchenware shop',
          description:
            'Chen built the “goes well with” recommendations for a kitchenware shop I write for, using past baskets rather than manual tagging. He kept it simple enough for the shop’s one developer to retrain every month, and checked that it stopped suggesting the same three bestsellers on every single page.',
          endorseeRole: 'Data scientist',
          outcome: 'Average order value rose 8% over the next quarter.',
        },
      ],
    },
    {
      key: 'data-4',
      name: 'Hamish Reid',
      profession: 'Data science',
      headline: 'Statistician for charities and social research',
      bio: 'I help charities, housing associations and researchers make sense of survey and programme data: sampling, weighting, significance and the plain-English write-up a board can act on. I also design impact evaluations that stand up to scrutiny from funders.',
      skills: ['statistics', 'survey-analysis', 'impact-evaluation', 'r'],
      examples: [
        {
          endorsedBy: 'copy-3',
          skills: ['impact-evaluation', 'statistics'],
          title: 'Impact evaluation for a youth employment charity',
          description:
            'Hamish designed and analysed a three-year evaluation of a youth employment programme, comparing participants with a matched group of young people who did not take part. He explained the results to trustees without a single Greek letter, and his figures went into the funding application I wrote next.',
          endorseeRole: 'Statistician',
          outcome: 'The charity secured a further £400,000 from its main funder.',
        },
        {
          endorsedBy: 'ux-3',
          skills: ['survey-analysis'],
          title: 'Tenant survey analysis for a housing association',
          description:
            'Hamish weighted and analysed a housing association’s survey of 3,500 households, broke the results down by estate and age group, and flagged which differences were real and which were noise. His summary of the free-text answers was as useful to the board as the numbers themselves.',
          endorseeRole: 'Survey analyst',
          outcome: 'The board moved repair budgets to the two estates the survey singled out.',
        },
      ],
    },
    {
      key: 'data-5',
      name: 'Tasha Morgan',
      profession: 'Data science',
      headline: 'Customer analytics: churn, retention and segmentation',
      bio: 'I work with subscription and membership businesses to understand who stays, who leaves and why. Churn prediction, cohort analysis, customer lifetime value, and segments your marketing team can actually use.',
      skills: ['churn-prediction', 'customer-segmentation', 'cohort-analysis', 'sql'],
      examples: [
        {
          endorsedBy: 'growth-5',
          skills: ['churn-prediction', 'cohort-analysis'],
          title: 'Cancellation risk model for a coffee subscription',
          description:
            'Tasha analysed three years of a coffee subscription’s orders and built a model that flags subscribers likely to cancel in the coming month, based on skipped deliveries, support tickets and how they first signed up. She explained the main reasons people leave, and I used her risk list for targeted emails.',
          endorseeRole: 'Customer analyst',
          outcome: 'Monthly cancellations fell from 9% to 6.5%.',
        },
      ],
    },
    // ---------------------------------------------------------------- copywriting
    {
      key: 'copy-1',
      name: 'Olivia Pearce',
      profession: 'Copywriting',
      headline: 'B2B tech copywriter: websites, messaging, tone of voice',
      bio: 'I write websites and product messaging for software companies that sound like everyone else. I interview your customers and your team, find what is actually different, and write it down in plain English. Then I leave you a tone-of-voice guide so it stays that way.',
      skills: ['website-copy', 'messaging', 'tone-of-voice', 'b2b-copywriting'],
      examples: [
        {
          endorsedBy: 'packaging-4',
          skills: ['website-copy', 'messaging'],
          title: 'Website rewrite for a payroll software company',
          description:
            'Olivia rewrote the website of a payroll software company whose homepage said “seamless, innovative solutions” five times. She interviewed eight customers, found that they loved how quickly it handled starters and leavers, and built the whole site around that. I did the visual rebrand alongside her.',
          endorseeRole: 'Copywriter',
          outcome: 'Demo requests rose 40% in the quarter after launch.',
        },
      ],
    },
    {
      key: 'copy-2',
      name: 'Jamal Idris',
      profession: 'Copywriting',
      headline: 'E-commerce copywriter: product descriptions and category pages',
      bio: 'I write product descriptions that sell and that search engines can read: hundreds of SKUs at a time, consistent, accurate and never copied from the manufacturer. Kitchenware, outdoor gear, toys and beauty. I will build you a template and a style sheet so new lines are quick to add.',
      skills: ['product-descriptions', 'ecommerce-copywriting', 'seo-copywriting'],
      examples: [
        {
          endorsedBy: 'growth-1',
          skills: ['product-descriptions', 'seo-copywriting'],
          title: '900 product descriptions for an outdoor gear shop',
          description:
            'Jamal wrote original descriptions for 900 tents, rucksacks and jackets on an outdoor retailer’s site, replacing manufacturer text that appeared word for word on dozens of other shops. He worked from spec sheets, kept the tone consistent across every category, and flagged products with missing sizes or materials.',
          endorseeRole: 'E-commerce copywriter',
          outcome: 'Organic traffic to product pages rose 60% in six months.',
        },
        {
          endorsedBy: 'packaging-1',
          skills: ['product-descriptions'],
          title: 'Front and back-of-jar copy for a preserves range',
          description:
            'Jamal wrote the words for a chutney maker’s jars: short product names, a two-line story for each flavour and serving ideas, all inside the tiny space my label layouts allowed. He checked every claim against the labelling rules and cut “artisan” from every line without being asked.',
          endorseeRole: 'Copywriter',
          outcome: 'The maker reused his descriptions on their website and wholesale price list.',
        },
      ],
    },
    {
      key: 'copy-3',
      name: 'Megan Fairclough',
      profession: 'Copywriting',
      headline: 'Bid and grant writer for charities and community groups',
      bio: 'I have helped community groups and charities raise over £6 million from the National Lottery Community Fund, charitable trusts and councils. I write the application, build the budget narrative with you, and make sure you answer the question the funder actually asked.',
      skills: ['grant-writing', 'bid-writing', 'fundraising'],
      examples: [
        {
          endorsedBy: 'accounts-5',
          skills: ['grant-writing', 'bid-writing'],
          title: 'Lottery application for a community growing project',
          description:
            'Megan wrote a community growing project’s application to the National Lottery, turning a pile of volunteers’ notes into a clear case with outcomes, a timeline and a budget that added up. I prepared their financial statements, and she made sure every number in the story agreed with them.',
          endorseeRole: 'Grant writer',
          outcome: 'Awarded £94,000 over three years on the first attempt.',
        },
        {
          endorsedBy: 'video-1',
          skills: ['fundraising'],
          title: 'Christmas appeal for a homelessness charity',
          description:
            'Megan wrote the letters, emails and web pages for a homelessness charity’s Christmas appeal, built around the film I made with three of its residents. She kept every story in the residents’ own words, and the ask was clear and specific about what each gift would pay for.',
          endorseeRole: 'Fundraising writer',
          outcome: 'The appeal raised 30% more than the previous year.',
        },
      ],
    },
    {
      key: 'copy-4',
      name: 'Harriet Vance',
      profession: 'Copywriting',
      headline: 'Ghostwriter and long-form writer: articles, white papers, books',
      bio: 'I write long-form pieces under other people’s names: thought-leadership articles, white papers, LinkedIn essays and the occasional business book. I am good at turning an hour of rambling conversation into 1,500 words that sound exactly like you, only sharper. I also edit manuscripts.',
      skills: ['ghostwriting', 'long-form-content', 'thought-leadership', 'editing'],
      examples: [
        {
          endorsedBy: 'illus-2',
          skills: ['ghostwriting', 'thought-leadership'],
          title: 'Monthly column ghostwritten for a managing director',
          description:
            'Harriet ghostwrites a monthly magazine column for the managing director of a logistics firm. She interviews him for forty minutes, finds the argument and drafts 1,200 words in his voice. I illustrate the column, so I have read two years of her drafts: he rarely changes more than a sentence.',
          endorseeRole: 'Ghostwriter',
          outcome:
            'The column led to two speaking invitations and a regular slot on a trade podcast for him.',
        },
      ],
    },
    {
      key: 'copy-5',
      name: 'Patrick Byrne',
      profession: 'Copywriting',
      headline: 'Advertising copywriter: campaigns, straplines, radio and outdoor',
      bio: 'Twenty years writing ads for agencies in Manchester and London, now independent. Campaign ideas, straplines, radio scripts, billboards and the odd jingle. I am fast, funny when it is called for, and I know what fits into thirty seconds.',
      skills: ['advertising', 'radio-scripts', 'campaign-concepts', 'straplines'],
      examples: [
        {
          endorsedBy: 'video-3',
          skills: ['radio-scripts', 'straplines'],
          title: 'Radio and social campaign for a family car dealership',
          description:
            'Patrick wrote a run of local radio ads for a family-owned car dealership, each built around a real salesperson’s daft catchphrase, plus the strapline that ended up on every forecourt sign. I shot the matching social clips from his scripts, and people were quoting the ads back to staff within weeks.',
          endorseeRole: 'Advertising copywriter',
          outcome: 'The dealer reported its busiest spring in a decade.',
        },
      ],
    },
    // ---------------------------------------------------------------- translation
    {
      key: 'translate-1',
      name: 'Amélie Durand',
      profession: 'Translation',
      headline: 'French–English legal and financial translator',
      bio: 'I practised as a lawyer in France before moving to Manchester, and I am now a chartered translator. I translate contracts, court documents, company filings and financial statements between French and English, and I can provide certified translations.',
      skills: ['french-translation', 'legal-translation', 'certified-translation'],
      examples: [
        {
          endorsedBy: 'legal-1',
          skills: ['legal-translation', 'french-translation'],
          title: 'Distribution agreement for a food exporter entering France',
          description:
            'Amélie translated a sixty-page distribution agreement from French for a client of mine entering the French market, and flagged three clauses where French law meant something different from what the English wording suggested. That saved us a nasty surprise over the termination notice period.',
          endorseeRole: 'Legal translator',
          outcome: 'The contract was signed after a single round of negotiation.',
        },
      ],
    },
    {
      key: 'translate-2',
      name: 'Lukas Becker',
      profession: 'Translation',
      headline: 'German to English technical translator: manuals, specifications, safety',
      bio: 'Mechanical engineer turned translator. I translate operating manuals, maintenance instructions, specifications and CE documentation from German into clear English. Machinery, automotive, packaging lines and industrial automation.',
      skills: ['german-translation', 'technical-translation', 'manuals'],
      examples: [
        {
          endorsedBy: 'translate-1',
          skills: ['technical-translation', 'manuals'],
          title: 'Operating manual for a second-hand bottling line',
          description:
            'A Bolton drinks company bought a second-hand bottling line from Bavaria with a 300-page manual in German only. I passed the job to Lukas, who translated it, fixed terminology the original had mixed up, and restructured the safety warnings to meet UK requirements before the engineers arrived to commission it.',
          endorseeRole: 'Technical translator',
          outcome: 'The line was commissioned on time and passed the insurer’s inspection.',
        },
      ],
    },
    {
      key: 'translate-3',
      name: 'Carmen Ruiz',
      profession: 'Translation',
      headline: 'Spanish and Portuguese localisation and transcreation for brands',
      bio: 'I adapt websites, shops, campaigns and apps for customers in Spain, Latin America, Portugal and Brazil. Not word-for-word translation: I rewrite so it reads as if it had been written there, from product names to size guides and checkout messages.',
      skills: ['spanish-translation', 'portuguese-translation', 'localisation', 'transcreation'],
      examples: [
        {
          endorsedBy: 'frontend-2',
          skills: ['localisation', 'spanish-translation'],
          title: 'Online shop localised for Spain and Mexico',
          description:
            'Carmen localised a skincare brand’s online shop for Spain and Mexico, using different vocabulary for each market, renaming two products whose names sounded rude in Mexican Spanish, and adapting the order emails. I set up the market switching; she checked every screen in context before we launched.',
          endorseeRole: 'Localisation specialist',
          outcome: 'Spanish-language sales reached 12% of revenue within six months.',
        },
      ],
    },
    {
      key: 'translate-4',
      name: 'Yuki Tanaka',
      profession: 'Translation',
      headline: 'Japanese–English game localisation and subtitling',
      bio: 'I localise video games, anime and apps between Japanese and English: in-game text, interface strings, voice scripts and subtitles. I play everything I translate, and I keep the jokes, puns and character voices alive across languages.',
      skills: ['japanese-translation', 'game-localisation', 'subtitling'],
      examples: [
        {
          endorsedBy: 'illus-4',
          skills: ['game-localisation', 'japanese-translation'],
          title: 'Japanese release of an indie puzzle game',
          description:
            'Yuki localised a Manchester studio’s puzzle game into Japanese: 40,000 words of dialogue, menus and store text. She rewrote the wordplay so it still worked, fixed strings that overflowed their boxes and tested the build herself. I drew the characters, and she made them sound like the same people.',
          endorseeRole: 'Game localiser',
          outcome: 'Japan became the game’s second-biggest market within a year.',
        },
      ],
    },
    {
      key: 'translate-5',
      name: 'Agnieszka Kowalska',
      profession: 'Translation',
      headline: 'Polish and Russian translator and interpreter for health and public services',
      bio: 'I translate patient information, council letters and school communications into Polish and Russian, and I interpret at appointments and hearings. DPSI-qualified and on the NHS interpreter register. Plain, warm language that people with little English can trust.',
      skills: [
        'polish-translation',
        'russian-translation',
        'public-service-interpreting',
        'health-translation',
      ],
      examples: [
        {
          endorsedBy: 'ux-5',
          skills: ['polish-translation', 'health-translation'],
          title: 'Outpatient letters and leaflets in Polish and Russian',
          description:
            'After our service redesign, Agnieszka translated a hospital trust’s new outpatient letters and a set of leaflets on preparing for procedures into Polish and Russian. She tested the wording with two community groups and simplified medical terms wherever patients had misunderstood them in the first draft.',
          endorseeRole: 'Health translator',
          outcome: 'Missed appointments among Polish-speaking patients fell sharply the following quarter.',
        },
      ],
    },
    // ---------------------------------------------------------------- photography
    {
      key: 'photo-1',
      name: 'Jess Holloway',
      profession: 'Photography',
      headline: 'Product photographer: e-commerce packshots and lifestyle',
      bio: 'Clean, consistent product photos for online shops and marketplaces. White-background packshots, 360° spins, flat lays and lifestyle scenes, shot in my studio in Stockport. I can do 300 products a week and deliver files sized for Shopify, Amazon and Etsy.',
      skills: ['product-photography', 'packshots', 'ecommerce-photography'],
      examples: [
        {
          endorsedBy: 'frontend-2',
          skills: ['product-photography', 'ecommerce-photography'],
          title: 'Full catalogue shoot for a ceramics studio',
          description:
            'Jess photographed 240 mugs, bowls and plates for a ceramics studio’s new online shop, each on white from the same three angles, plus a handful of styled table scenes. Every file arrived named by product code, so I could bulk-upload the lot without renaming a single image.',
          endorseeRole: 'Product photographer',
          outcome: 'The shop launched on time and returns for “looks different in the photo” almost stopped.',
        },
        {
          endorsedBy: 'packaging-1',
          skills: ['packshots'],
          title: 'Packshots of a relaunched tea range',
          description:
            'Jess shot the tea range I had just redesigned for the client’s website and wholesale catalogue: tins, pouches and gift cartons on white, plus close-ups of the loose leaves. She got the metallic tins to photograph without glare, which I had warned her would be hard.',
          endorseeRole: 'Packshot photographer',
          outcome: 'The wholesale catalogue went out a week early and the images are still in use.',
        },
      ],
    },
    {
      key: 'photo-2',
      name: 'Callum Price',
      profession: 'Photography',
      headline: 'Food and drink photographer for restaurants, cafés and producers',
      bio: 'I make food look like you want to eat it. Menu shoots, new dishes for social media, cookbooks and pack shots for producers. I work with your chef at the pass, in natural light wherever possible, and I am quick enough to shoot a whole menu before service.',
      skills: ['food-photography', 'restaurant-photography', 'food-styling'],
      examples: [
        {
          endorsedBy: 'illus-5',
          skills: ['food-photography', 'restaurant-photography'],
          title: 'New menu shoot for a Peak District restaurant',
          description:
            'Callum photographed all twenty-two dishes of a restaurant’s autumn menu in one afternoon before evening service, working with the head chef at the pass and using only window light. The pictures went on the website, Instagram and a printed menu I illustrated, and they looked like the food tastes.',
          endorseeRole: 'Food photographer',
          outcome: 'Weekday covers rose noticeably once the new dishes were on Instagram.',
        },
        {
          endorsedBy: 'packaging-2',
          skills: ['food-photography'],
          title: 'Bread range shoot for a family bakery',
          description:
            'Callum photographed the whole bread range for a family bakery in Chorlton ahead of its new website: sourdough loaves, rye, and the morning pastries straight out of the oven. The owner wanted the feel of the shop at dawn, so he shot at five in the morning in the bakehouse.',
          endorseeRole: 'Food photographer',
          outcome: 'The photos carried the bakery’s relaunch and still run on its social media.',
        },
      ],
    },
    {
      key: 'photo-3',
      name: 'Naomi Sterling',
      profession: 'Photography',
      headline: 'Portrait and headshot photographer: teams, personal brands and weddings',
      bio: 'Portraits that look like you on a good day. Corporate headshots on location, team photos, personal-branding shoots and a handful of weddings each summer. I am good at relaxing people who hate having their photo taken.',
      skills: ['portrait-photography', 'headshots', 'wedding-photography'],
      examples: [
        {
          endorsedBy: 'legal-1',
          skills: ['headshots', 'portrait-photography'],
          title: 'Team headshots for a firm of solicitors',
          description:
            'Naomi set up a portable studio in a solicitors’ boardroom and photographed forty-two partners and staff in one day, all in the same light and against the same background, plus relaxed group shots on the staircase. Most of us said we hated photos; she had everyone laughing within a minute.',
          endorseeRole: 'Portrait photographer',
          outcome: 'The whole firm’s website and LinkedIn profiles now match.',
        },
      ],
    },
    {
      key: 'photo-4',
      name: 'Dev Patel',
      profession: 'Photography',
      headline: 'Architecture and interiors photographer',
      bio: 'I photograph buildings and the spaces inside them for architects, developers, hotels and estate agents. Tilt-shift lenses, careful lighting and twilight exteriors. Recent work includes a boutique hotel in the Northern Quarter and restored mill apartments in Ancoats.',
      skills: ['architectural-photography', 'interiors-photography', 'property-photography'],
      examples: [
        {
          endorsedBy: 'backend-2',
          skills: ['interiors-photography', 'architectural-photography'],
          title: 'Rooms and public spaces of a Lake District hotel',
          description:
            'Dev photographed all forty rooms, the lounge, the dining room and the exterior at dusk for a country hotel’s new website, which I was building the reservation system for. He shot every room type from the same corners so guests could see exactly what they were paying for.',
          endorseeRole: 'Interiors photographer',
          outcome: 'Guest complaints that rooms “looked bigger online” stopped entirely.',
        },
        {
          endorsedBy: 'video-5',
          skills: ['architectural-photography', 'property-photography'],
          title: 'Show homes and finished streets for a housing developer',
          description:
            'Dev photographed the show homes, kitchens and finished streets of a sixty-home development for the sales brochure, choosing each exterior shot for the best light of the day. I filmed the aerials for the same developer, and his interiors made the sales suite feel like walking into the houses.',
          endorseeRole: 'Architectural photographer',
          outcome: 'The first phase sold out off-plan.',
        },
      ],
    },
    {
      key: 'photo-5',
      name: 'Ruth Ibbotson',
      profession: 'Photography',
      headline: 'Event and PR photographer: conferences, awards, launches',
      bio: 'I cover conferences, awards nights, launches and press calls, and I get the pictures to you while people are still talking about it. Same-night edits for the press, captioned with names. Fifteen years on regional newspapers before I went freelance.',
      skills: ['event-photography', 'pr-photography', 'conference-photography'],
      examples: [
        {
          endorsedBy: 'events-1',
          skills: ['event-photography', 'pr-photography'],
          title: 'Same-night photos for a business awards dinner',
          description:
            'Ruth photographed a 400-guest business awards dinner, catching every winner on stage and again with their table, and sent captioned selects to the local press before midnight. She stayed invisible all evening until exactly the moment she was needed, and never once got in the way of a speech.',
          endorseeRole: 'Event photographer',
          outcome: 'The awards were covered in three regional papers the next morning.',
        },
      ],
    },
    // ---------------------------------------------------------------- video and motion
    {
      key: 'video-1',
      name: 'Ollie Marsh',
      profession: 'Video and motion',
      headline: 'Documentary filmmaker for charities and social enterprises',
      bio: 'I make short documentary films that tell real people’s stories with care: charity appeals, impact films and portraits of the communities you work with. I film light and unobtrusively, usually alone, and I am used to working with vulnerable contributors and protecting their identity.',
      skills: ['documentary-filmmaking', 'charity-films', 'interviews', 'editing'],
      examples: [
        {
          endorsedBy: 'copy-3',
          skills: ['charity-films', 'documentary-filmmaking'],
          title: 'Impact film for a homelessness charity',
          description:
            'Ollie made a four-minute film for a homelessness charity following three people through their first year in a tenancy. He spent weeks getting to know them before filming, let each of them approve their own footage, and cut a thirty-second version for the appeal I was writing.',
          endorseeRole: 'Documentary filmmaker',
          outcome: 'The film anchored a Christmas appeal that raised 30% more than the year before.',
        },
      ],
    },
    {
      key: 'video-2',
      name: 'Keisha Brown',
      profession: 'Video and motion',
      headline: 'Motion designer: animated explainers and 2D animation',
      bio: 'I turn complicated things into short animated films: product explainers, onboarding videos, animated infographics and title sequences. Script to storyboard to final animation in After Effects, with voice-over and sound design arranged.',
      skills: ['motion-graphics', 'animation', 'explainer-videos', 'after-effects'],
      examples: [
        {
          endorsedBy: 'copy-1',
          skills: ['explainer-videos', 'animation'],
          title: 'Ninety-second explainer for a payroll platform',
          description:
            'Keisha animated a ninety-second explainer for a software company’s homepage from a script I wrote, with simple characters, animated screens of the product and a warm voice-over she cast herself. She storyboarded it first, so the client signed off every scene before any animation started.',
          endorseeRole: 'Motion designer',
          outcome: 'Visitors who watched the video were twice as likely to book a demo.',
        },
      ],
    },
    {
      key: 'video-3',
      name: 'Finn Gallagher',
      profession: 'Video and motion',
      headline: 'Short-form social video: TikTok, Reels, Shorts',
      bio: 'I make scroll-stopping vertical video for brands that want to be on TikTok and Instagram but don’t know where to start. I plan the content calendar, shoot in batches, edit fast and keep up with what is trending. Hospitality and retail clients, mostly.',
      skills: ['social-video', 'tiktok', 'short-form-video', 'content-planning'],
      examples: [
        {
          endorsedBy: 'growth-3',
          skills: ['social-video', 'short-form-video'],
          title: 'Weekly Reels and TikToks for a burger restaurant',
          description:
            'Finn shoots one batch day a month for a burger restaurant and edits it into three short videos a week for TikTok and Instagram Reels: behind the grill, staff challenges and the weekly special. He writes the hooks and captions himself and knows which trends to skip. I put paid budget behind his best ones.',
          endorseeRole: 'Social video producer',
          outcome: 'Followers grew from 2,000 to 48,000 in a year, and there are queues on Friday nights.',
        },
      ],
    },
    {
      key: 'video-4',
      name: 'Isla McKenzie',
      profession: 'Video and motion',
      headline: 'Event filming and live streaming',
      bio: 'Multi-camera filming and live streaming for conferences, AGMs, talks and concerts. I bring the cameras, sound, vision mixer and a backup internet connection, stream to YouTube, Zoom or your own platform, and deliver edited videos of each talk afterwards.',
      skills: ['live-streaming', 'event-filming', 'multi-camera'],
      examples: [
        {
          endorsedBy: 'events-1',
          skills: ['live-streaming', 'multi-camera'],
          title: 'Two-day conference streamed to 1,500 remote delegates',
          description:
            'Isla ran three cameras, a vision mixer and a bonded 4G backup at a two-day health conference, streaming every session to 1,500 people at home and recording each talk with the slides mixed in. When the venue’s internet died in the middle of the keynote, the stream did not even flicker.',
          endorseeRole: 'Live streaming producer',
          outcome: 'All twenty-six talks were online, edited, within a week.',
        },
      ],
    },
    {
      key: 'video-5',
      name: 'Connor Lees',
      profession: 'Video and motion',
      headline: 'Drone pilot and aerial filmmaker',
      bio: 'CAA-licensed drone pilot filming aerial footage for property developers, construction firms, estate agents and tourism. Monthly progress flyovers, roof and site surveys, and cinematic landscape shots. Fully insured, and I handle the airspace permissions.',
      skills: ['drone-filming', 'aerial-photography', 'construction-progress-video'],
      examples: [
        {
          endorsedBy: 'photo-4',
          skills: ['drone-filming', 'construction-progress-video'],
          title: 'Monthly progress flights over a housing development',
          description:
            'Connor flew the same route over a sixty-home development every month for eighteen months, so the developer could show buyers and investors the site growing from mud to finished streets. He repeated his shots precisely each time, and I combined his aerials with my interior photographs for the sales suite.',
          endorseeRole: 'Drone filmmaker',
          outcome: 'The developer now uses his flyovers in every investor update.',
        },
      ],
    },
    // ---------------------------------------------------------------- accounting and bookkeeping
    {
      key: 'accounts-1',
      name: 'Sandra Nwosu',
      profession: 'Accounting and bookkeeping',
      headline: 'Bookkeeper and tax returns for sole traders and tradespeople',
      bio: 'I keep the books for sole traders: electricians, hairdressers, cleaners and market traders. I will turn your bag of receipts into tidy records in Xero or QuickBooks, file your Self Assessment and remind you before every deadline. No judgement about how late you have left it.',
      skills: ['bookkeeping', 'self-assessment', 'xero', 'sole-traders'],
      examples: [
        {
          endorsedBy: 'frontend-5',
          skills: ['self-assessment', 'bookkeeping'],
          title: 'Three years of late tax returns sorted out',
          description:
            'I had not filed a tax return for three years and kept receipts in carrier bags. Sandra sorted the lot into Xero, claimed expenses I did not know I was allowed, filed all three returns and agreed a payment plan with HMRC. She never once made me feel stupid about it.',
          endorseeRole: 'Bookkeeper',
          outcome: 'All three returns filed and a payment plan agreed with no further penalties.',
        },
        {
          endorsedBy: 'growth-4',
          skills: ['bookkeeping', 'sole-traders'],
          title: 'Monthly bookkeeping for an electrician',
          description:
            'Sandra took over the bookkeeping of an electrician I do marketing for: she set him up with an app that reads his receipts as he photographs them and a monthly call to sort out the rest. His quarterly figures now arrive before he has to ask.',
          endorseeRole: 'Bookkeeper',
          outcome: 'He filed his Self Assessment in October for the first time ever.',
        },
      ],
    },
    {
      key: 'accounts-2',
      name: 'Gareth Pryce',
      profession: 'Accounting and bookkeeping',
      headline: 'Chartered accountant for limited companies: year-end, corporation tax, VAT',
      bio: 'ACA-qualified accountant for small limited companies. Year-end accounts, corporation tax returns, VAT registration and quarterly returns under Making Tax Digital, and tax planning for directors. I explain what you owe and why before you have to pay it.',
      skills: ['limited-company-accounts', 'vat-returns', 'corporation-tax', 'tax-planning'],
      examples: [
        {
          endorsedBy: 'packaging-2',
          skills: ['vat-returns'],
          title: 'VAT registration when a design studio crossed the threshold',
          description:
            'When my studio went over the VAT threshold in the middle of the year, Gareth registered us, worked out which invoices needed VAT adding, set up Making Tax Digital in our software and filed the first quarterly return. He also helped me explain the price change to existing clients.',
          endorseeRole: 'Accountant',
          outcome:
            'Registered inside the deadline with no penalty, and every return since has gone in on time.',
        },
      ],
    },
    {
      key: 'accounts-3',
      name: 'Fiona Lam',
      profession: 'Accounting and bookkeeping',
      headline: 'Part-time finance director for startups: cash flow, budgets, fundraising',
      bio: 'I am the finance lead startups cannot yet afford full-time. Monthly management accounts, cash-flow forecasts, runway planning, budgets and board packs, and getting the numbers investor-ready before a raise. Chartered, and previously finance lead at a venture-backed scale-up.',
      skills: ['management-accounts', 'cash-flow-forecasting', 'fractional-fd', 'budgeting'],
      examples: [
        {
          endorsedBy: 'packaging-4',
          skills: ['cash-flow-forecasting', 'budgeting'],
          title: 'Runway planning for a payments startup before its Series A',
          description:
            'Fiona built a payments startup’s first proper thirteen-week cash-flow forecast and twelve-month budget, showing the founders they had seven months of runway rather than the ten they assumed. She then built the financial model and data room the investors asked for during the raise.',
          endorseeRole: 'Part-time finance director',
          outcome: 'They cut two costs early, raised on time and never came close to running out of cash.',
        },
      ],
    },
    {
      key: 'accounts-4',
      name: 'Mohammed Ali',
      profession: 'Accounting and bookkeeping',
      headline: 'Payroll bureau: PAYE, pension auto-enrolment and CIS',
      bio: 'I run payroll for small employers, from one part-timer to sixty staff: payslips, PAYE submissions, statutory sick and maternity pay, workplace pension auto-enrolment, and CIS for builders and their subcontractors. You send me hours and starters by Friday; I make sure everyone is paid right and HMRC hears on time.',
      skills: ['payroll', 'paye', 'auto-enrolment', 'cis'],
      examples: [
        {
          endorsedBy: 'backend-4',
          skills: ['payroll', 'auto-enrolment', 'cis'],
          title: 'Payroll clean-up for a builders’ merchant',
          description:
            'Mohammed took over payroll for a builders’ merchant with thirty-five staff and a tangle of subcontractors: weekly and monthly pay, CIS deductions, and pension auto-enrolment that had never been set up properly. He cleared the backlog with the pension provider and now runs it like clockwork.',
          endorseeRole: 'Payroll specialist',
          outcome: 'The Pensions Regulator warning was closed and no PAYE submission has been late since.',
        },
        {
          endorsedBy: 'legal-4',
          skills: ['payroll', 'paye'],
          title: 'Payroll set up from scratch for a café’s first employees',
          description:
            'When a café client of mine hired its first five staff, Mohammed set up the payroll from scratch: registering as an employer with HMRC, choosing a workplace pension, and explaining holiday pay for people on irregular shifts. I drafted the employment contracts, and he made sure pay matched them exactly.',
          endorseeRole: 'Payroll specialist',
          outcome: 'Everyone was paid correctly from the first month.',
        },
      ],
    },
    {
      key: 'accounts-5',
      name: 'Helen Crossley',
      profession: 'Accounting and bookkeeping',
      headline: 'Charity accountant and independent examiner',
      bio: 'Accounts for charities, community interest companies and community groups. Annual accounts under the Charities SORP, independent examination, restricted fund tracking, Gift Aid claims and help with the Charity Commission annual return. I am treasurer of two local charities myself.',
      skills: ['charity-accounts', 'independent-examination', 'gift-aid', 'restricted-funds'],
      examples: [
        {
          endorsedBy: 'copy-3',
          skills: ['charity-accounts', 'independent-examination', 'restricted-funds'],
          title: 'Year-end accounts and examination for a community growing project',
          description:
            'Helen prepared the year-end accounts for a community growing project, separated the restricted Lottery money from general funds properly for the first time and carried out the independent examination. The trustees finally understood what they could and could not spend, which made my next funding bid much easier.',
          endorseeRole: 'Charity accountant',
          outcome: 'Accounts filed with the Charity Commission on time with a clean examiner’s report.',
        },
      ],
    },
    // ---------------------------------------------------------------- SEO and growth
    {
      key: 'growth-1',
      name: 'Ryan Fletcher',
      profession: 'SEO and growth',
      headline: 'Technical SEO: audits, site migrations, crawling and indexing',
      bio: 'I make sure search engines can find, crawl and understand your site. Technical audits, structured data and international SEO and, above all, website migrations: redirect mapping and launch-day monitoring so you do not lose years of rankings when you change platform.',
      skills: ['technical-seo', 'site-migrations', 'seo-audits', 'structured-data'],
      examples: [
        {
          endorsedBy: 'ux-4',
          skills: ['site-migrations', 'technical-seo'],
          title: 'University website migration without losing rankings',
          description:
            'Ryan mapped redirects for 4,000 old university pages to the new structure I had designed, checked every one in a staging crawl, and watched Search Console daily for a month after launch. Organic traffic dipped for a week and then recovered above its old level.',
          endorseeRole: 'Technical SEO consultant',
          outcome: 'Organic traffic was 12% above the pre-migration level three months later.',
        },
        {
          endorsedBy: 'copy-2',
          skills: ['seo-audits'],
          title: 'Duplicate content audit for an outdoor gear shop',
          description:
            'Ryan audited an outdoor retailer’s site and found that thousands of filter pages and copied manufacturer descriptions were competing with each other in search results. He fixed the canonical tags and gave me a prioritised list of the product pages that most needed rewriting first.',
          endorseeRole: 'SEO consultant',
          outcome: 'Indexed pages dropped by two thirds while search traffic went up.',
        },
      ],
    },
    {
      key: 'growth-2',
      name: 'Priyanka Menon',
      profession: 'SEO and growth',
      headline: 'Conversion rate optimisation: experiments, landing pages, funnels',
      bio: 'I help websites turn more of their visitors into customers. I dig into analytics and session recordings to find where people drop off, then design and run split tests to prove which change actually works. Sign-up flows, checkouts and pricing pages.',
      skills: ['conversion-rate-optimisation', 'ab-testing', 'landing-pages', 'funnel-analysis'],
      examples: [
        {
          endorsedBy: 'ux-1',
          skills: ['ab-testing', 'conversion-rate-optimisation'],
          title: 'Checkout experiments for a homeware shop',
          description:
            'Priyanka took the problems I found in usability sessions on a homeware shop’s checkout and turned them into a series of split tests: delivery costs shown earlier, guest checkout by default and a shorter address form. She waited for proper sample sizes before declaring a winner, which I respected.',
          endorseeRole: 'Conversion specialist',
          outcome: 'Checkout completion rose 19% across three winning tests.',
        },
        {
          endorsedBy: 'frontend-3',
          skills: ['funnel-analysis', 'ab-testing'],
          title: 'Registration funnel for a language-learning app',
          description:
            'Priyanka analysed where people abandoned a language-learning app’s five-step registration, found most quit at the payment details, and tested a version that let people start a free trial first. I built the page variants; she set up the experiment and read the results honestly, including the test that lost.',
          endorseeRole: 'Growth specialist',
          outcome: 'Completed registrations rose 31%.',
        },
      ],
    },
    {
      key: 'growth-3',
      name: 'Joe Sandford',
      profession: 'SEO and growth',
      headline: 'PPC specialist: Google Ads and paid social',
      bio: 'I manage paid search and paid social for businesses that want every pound back with friends. Google Ads, Meta and LinkedIn campaigns, proper conversion tracking, and weekly reports in plain English. I will tell you when to spend less.',
      skills: ['google-ads', 'ppc', 'paid-social', 'conversion-tracking'],
      examples: [
        {
          endorsedBy: 'copy-5',
          skills: ['google-ads', 'conversion-tracking'],
          title: 'Google Ads rescue for a kitchen fitter',
          description:
            'Joe took over a kitchen fitter’s Google Ads account that was spending £2,000 a month on searches like “free kitchen design software”. He rebuilt the campaigns around local, ready-to-buy searches, added negative keywords and set up call tracking so we could see which ads produced enquiries. I wrote the new ad text.',
          endorseeRole: 'PPC specialist',
          outcome: 'Cost per enquiry fell from £140 to £38 within two months.',
        },
      ],
    },
    {
      key: 'growth-4',
      name: 'Amira Haddad',
      profession: 'SEO and growth',
      headline: 'Local SEO for trades, shops and clinics',
      bio: 'I help local businesses appear when people nearby search for them: Google Business Profile, map listings, reviews, local landing pages and directory citations. Plumbers, dentists, salons and independent shops across Greater Manchester.',
      skills: ['local-seo', 'google-business-profile', 'review-management'],
      examples: [
        {
          endorsedBy: 'frontend-5',
          skills: ['local-seo', 'google-business-profile'],
          title: 'Map visibility for a dental practice',
          description:
            'Amira cleaned up a dental practice’s Google Business Profile, merged two duplicate listings, corrected its address on thirty directories, and set up a simple way for patients to leave reviews after appointments. I built the website; she made sure local people could actually find it.',
          endorseeRole: 'Local SEO specialist',
          outcome: 'The practice went from page two to the top three map results for “dentist” in its town.',
        },
      ],
    },
    {
      key: 'growth-5',
      name: 'Tilly Evans',
      profession: 'SEO and growth',
      headline: 'Email marketing and automation: Klaviyo, Mailchimp, lifecycle flows',
      bio: 'I set up the emails that work while you sleep: welcome series, abandoned basket reminders, post-purchase and win-back flows, plus the newsletter that keeps your list warm. Klaviyo and Mailchimp, segmentation and subject-line testing.',
      skills: ['email-marketing', 'marketing-automation', 'klaviyo', 'lifecycle-marketing'],
      examples: [
        {
          endorsedBy: 'data-5',
          skills: ['lifecycle-marketing', 'email-marketing'],
          title: 'Win-back emails for a coffee subscription',
          description:
            'Tilly built the win-back and pause flows for a coffee subscription using my cancellation risk list: customers likely to leave were offered the chance to skip a month or change roast instead. She also rebuilt the abandoned checkout series and tested every subject line before rolling it out.',
          endorseeRole: 'Email marketer',
          outcome: 'A quarter of at-risk subscribers paused instead of cancelling.',
        },
        {
          endorsedBy: 'frontend-2',
          skills: ['klaviyo', 'marketing-automation'],
          title: 'Klaviyo set-up for a fashion shop',
          description:
            'Tilly set up Klaviyo for a fashion client’s online shop: a welcome series, a three-step reminder for shoppers who leave items in their basket, and back-in-stock alerts. She segmented the list by what people had browsed, and I connected the shop events she needed on my side.',
          endorseeRole: 'Marketing automation specialist',
          outcome: 'The automated emails now bring in about a fifth of the shop’s online revenue.',
        },
      ],
    },
    // ---------------------------------------------------------------- event planning
    {
      key: 'events-1',
      name: 'Gemma Rigby',
      profession: 'Event planning',
      headline: 'Conference and corporate event manager',
      bio: 'I plan and run conferences, away days and corporate events for 50 to 1,000 people: venue finding and booking, catering, AV, speakers, delegate registration and a calm voice on the day. Ten years at a Manchester conference centre before going freelance.',
      skills: ['conference-planning', 'venue-sourcing', 'event-management'],
      examples: [
        {
          endorsedBy: 'video-4',
          skills: ['conference-planning', 'venue-sourcing'],
          title: 'Two-day health conference for 600 delegates',
          description:
            'Gemma ran a two-day health conference for 600 delegates: she found and negotiated the venue, managed thirty speakers, catering for every dietary requirement and the breakout room schedule. I filmed and streamed it, and her run sheet was so precise I knew where every speaker would be to the minute.',
          endorseeRole: 'Conference manager',
          outcome: 'Delegate feedback averaged 4.7 out of 5 and the client rebooked her for the next year.',
        },
        {
          endorsedBy: 'photo-5',
          skills: ['event-management'],
          title: 'Awards dinner for a regional business network',
          description:
            'Gemma organised a 400-guest awards dinner from venue to final toast: table plans, a tight running order for twelve categories, stage management and a contingency for every winner who might not turn up. I photographed it, and she had built my press deadline into the evening’s timings.',
          endorseeRole: 'Event manager',
          outcome: 'The evening finished on time to the minute, which guests said was a first.',
        },
      ],
    },
    {
      key: 'events-2',
      name: 'Tariq Mahmood',
      profession: 'Event planning',
      headline: 'Festival and outdoor event producer',
      bio: 'Outdoor events are my world: music festivals, food festivals and city-centre celebrations. I handle site design, premises licences, safety advisory group meetings, stewarding, power and toilets, and I have written more event management plans than I can count.',
      skills: ['festival-production', 'event-licensing', 'event-safety', 'outdoor-events'],
      examples: [
        {
          endorsedBy: 'illus-3',
          skills: ['festival-production', 'event-licensing', 'event-safety'],
          title: 'Two-day music and food festival in a city park',
          description:
            'Tariq produced a two-day music and food festival for 15,000 people a day in a city park: he secured the premises licence, presented the safety plan to the council’s advisory group, and organised stages, stewards, traders and toilets. I drew the site map, and he checked every route on it personally.',
          endorseeRole: 'Festival producer',
          outcome: 'No safety incidents and the council granted a three-year licence.',
        },
      ],
    },
    {
      key: 'events-3',
      name: 'Lucy Ambrose',
      profession: 'Event planning',
      headline: 'Wedding planner and private party organiser',
      bio: 'I plan weddings and big family celebrations so the people at the centre of them can enjoy the day. Full planning or on-the-day coordination, suppliers I trust and budgets that stay on track. Barns, gardens, town halls and the odd castle.',
      skills: ['wedding-planning', 'party-planning', 'supplier-coordination'],
      examples: [
        {
          endorsedBy: 'photo-3',
          skills: ['wedding-planning', 'supplier-coordination'],
          title: 'Full planning for a barn wedding in the Ribble Valley',
          description:
            'Lucy planned a 120-guest barn wedding from eleven months out: she found the caterer, florist, band and an evening marquee, managed a budget the couple never went over, and ran the day so smoothly that I could concentrate entirely on the photographs instead of herding guests.',
          endorseeRole: 'Wedding planner',
          outcome: 'The couple have since recommended her to four other couples.',
        },
      ],
    },
    {
      key: 'events-4',
      name: 'Nathan Cole',
      profession: 'Event planning',
      headline: 'Pop-ups, brand activations and product launches',
      bio: 'I create experiences people queue for: pop-up shops, brand activations, launch parties, and stands at trade shows and Christmas markets. Concept, build, staffing and the social buzz afterwards. Fashion, drinks and consumer tech.',
      skills: ['pop-up-events', 'brand-activations', 'product-launches', 'experiential-marketing'],
      examples: [
        {
          endorsedBy: 'packaging-2',
          skills: ['pop-up-events', 'product-launches'],
          title: 'Pop-up shop for a sustainable fashion label',
          description:
            'Nathan found an empty unit on Oldham Street and turned it into a pop-up shop for a sustainable fashion label in ten days, with a repair station, a DJ and a queue down the street on opening night. I designed the signage; he managed the build, the licences, the staff and the influencers.',
          endorseeRole: 'Pop-up producer',
          outcome: 'The launch collection sold out in two days.',
        },
      ],
    },
    // ---------------------------------------------------------------- legal and contracts
    {
      key: 'legal-1',
      name: 'Victoria Ashby',
      profession: 'Legal and contracts',
      headline: 'Commercial contracts solicitor for freelancers, agencies and small businesses',
      bio: 'I draft and review the contracts small businesses live by: terms and conditions, service agreements, statements of work, and supplier and distribution agreements. Fixed fees, plain English, and contracts you will actually read.',
      skills: ['commercial-contracts', 'terms-and-conditions', 'contract-review'],
      examples: [
        {
          endorsedBy: 'frontend-1',
          skills: ['commercial-contracts', 'terms-and-conditions'],
          title: 'Service agreement for a development studio',
          description:
            'Victoria drafted a master services agreement and a short statement-of-work template for my development work, covering changes in scope, payment stages, who owns the code and what happens when a client goes quiet. She walked me through every clause on a call rather than just emailing a document.',
          endorseeRole: 'Commercial solicitor',
          outcome: 'Two scope disputes since, both settled within a day by pointing at the contract.',
        },
      ],
    },
    {
      key: 'legal-2',
      name: 'Omar Sheikh',
      profession: 'Legal and contracts',
      headline: 'Intellectual property solicitor: trade marks, copyright, licensing',
      bio: 'I protect what makes your business yours: registering trade marks in the UK and abroad, dealing with copycats and counterfeits, copyright and licensing for creative people, and IP clauses in contracts. Many of my clients are designers, illustrators and small brands.',
      skills: ['trademarks', 'intellectual-property', 'copyright', 'licensing'],
      examples: [
        {
          endorsedBy: 'packaging-5',
          skills: ['trademarks', 'intellectual-property'],
          title: 'Stopping a copycat beer name and label',
          description:
            'When a brewery in another county launched a beer with a name and label almost identical to my client’s, Omar checked the trade mark position, sent a firm but friendly letter and negotiated a change of name within six weeks. He then registered the brewery’s other beer names in the classes that mattered.',
          endorseeRole: 'IP solicitor',
          outcome:
            'The copycat was renamed without going to court, and the brewery’s names are now protected.',
        },
        {
          endorsedBy: 'illus-4',
          skills: ['licensing', 'copyright'],
          title: 'Licence for a toy version of an illustrated character',
          description:
            'Omar drafted the licence when a toy company wanted to make soft toys of a character I designed, setting the royalty rate, the territories and my approval rights over every sample, and making sure I kept the copyright. He explained each trade-off in plain terms before I signed anything.',
          endorseeRole: 'Licensing solicitor',
          outcome: 'The toy is in shops and the royalties arrive every quarter.',
        },
      ],
    },
    {
      key: 'legal-3',
      name: 'Eleanor Pike',
      profession: 'Legal and contracts',
      headline: 'Data protection and privacy lawyer: GDPR for small organisations',
      bio: 'I help startups, charities and small businesses handle personal data lawfully without drowning in paperwork: privacy notices, data processing agreements, cookie compliance, subject access requests and breach response. Formerly in-house privacy counsel at a national retailer.',
      skills: ['data-protection', 'gdpr', 'privacy-policies'],
      examples: [
        {
          endorsedBy: 'growth-5',
          skills: ['data-protection', 'gdpr'],
          title: 'Privacy and consent review for a retailer’s customer data',
          description:
            'Eleanor reviewed how a client collected email sign-ups and customer details through its shop, app and in-store tablets, rewrote the privacy notice and consent wording, and drew up data processing agreements with the email platform and the courier. I then set up the sign-up forms exactly as she specified.',
          endorseeRole: 'Privacy lawyer',
          outcome: 'The client answered a regulator’s enquiry within a week with everything in order.',
        },
      ],
    },
    {
      key: 'legal-4',
      name: 'Rhys Jenkins',
      profession: 'Legal and contracts',
      headline: 'Employment lawyer for small employers',
      bio: 'Employment law for businesses with fewer than a hundred staff: contracts of employment, staff handbooks, disciplinary and grievance processes, redundancies and settlement agreements. I help you get it right long before anything reaches a tribunal.',
      skills: ['employment-law', 'employment-contracts', 'hr-policies'],
      examples: [
        {
          endorsedBy: 'accounts-4',
          skills: ['employment-contracts', 'hr-policies'],
          title: 'Contracts and handbook for a café’s first staff',
          description:
            'Rhys drafted employment contracts for a café’s five new staff, including part-time and flexible-hours versions, plus a short staff handbook covering sickness, holidays and conduct. I run their payroll from the terms he wrote, and the owner finally knows what she can and cannot ask of people.',
          endorseeRole: 'Employment lawyer',
          outcome: 'A difficult dismissal a year later was handled cleanly with no claim.',
        },
      ],
    },
  ],
  briefs: [
    {
      key: 'en-tea-boxes',
      text: 'Redesign the labels and boxes of our tea range before the Christmas fair.',
      labels: { 'packaging-1': 2, 'packaging-2': 1, 'packaging-3': 1, 'packaging-4': 1, 'packaging-5': 1 },
      rationale:
        'Priya designs packaging for small food producers and redid a tea blender’s tins and gift cartons; the other packaging designers could do it but specialise in brands, beauty, startups or drinks.',
    },
    {
      key: 'en-bread-forecast',
      text: 'Predict how much bread each of our five shops sells per day so we waste less.',
      skills: ['demand-forecasting'],
      labels: { 'data-1': 2, 'data-2': 1, 'data-3': 1, 'data-4': 1, 'data-5': 1 },
      rationale:
        'Femi forecasts daily demand per shop for fresh food to cut waste; the other data people do dashboards, ML, statistics or churn, and the bakery in Callum’s photo example is a trap.',
    },
    {
      key: 'en-signup-test',
      text: 'Our sign-up page loses people; we want to find out what version works better.',
      skills: ['ab-testing'],
      labels: { 'growth-2': 2, 'growth-1': 1, 'growth-3': 1, 'growth-4': 1, 'growth-5': 1 },
      rationale:
        'Priyanka runs split tests on sign-up flows and fixed a registration funnel; the rest of SEO and growth could help but do SEO, ads, local search or email.',
    },
    {
      key: 'en-table-booking',
      text: 'We run a small Italian restaurant and want guests to be able to book a table on our website instead of phoning, with a confirmation sent to them.',
      skills: ['booking-systems'],
      labels: { 'backend-1': 2, 'backend-2': 2, 'backend-3': 1, 'backend-4': 1, 'backend-5': 1 },
      rationale:
        'Kieran builds booking systems (restaurants among them) and Zara built a hotel reservation system with confirmations; the other back-end developers could build it; the picture-book illustrator, bookkeeper and venue-booking event manager are traps.',
    },
    {
      key: 'en-picture-book',
      text: 'I’ve written a story for young children about a hedgehog who is afraid of the dark, and I need someone to draw the pictures for it.',
      labels: { 'illus-1': 2, 'illus-2': 1, 'illus-3': 1, 'illus-4': 1, 'illus-5': 1 },
      rationale:
        'Ellie illustrates picture books for three- to seven-year-olds, animals especially; the other illustrators do editorial, maps, mascots or botanicals.',
    },
    {
      key: 'en-cake-deposits',
      text: 'People order celebration cakes from us online. We want them to pay a deposit by card when they order, and get their money back automatically if we have to cancel.',
      labels: { 'backend-2': 2, 'backend-1': 1, 'backend-3': 1, 'backend-4': 1, 'backend-5': 1 },
      rationale:
        'Zara builds deposit, instalment and refund handling with Stripe; other back-end developers could do it but it is not their specialty.',
    },
    {
      key: 'en-hotel-photos',
      text: 'We’ve turned an old warehouse into a 20-room hotel opening in spring, and we need photographs of the rooms and the bar for our website.',
      labels: { 'photo-4': 2, 'photo-1': 1, 'photo-2': 1, 'photo-3': 1, 'photo-5': 1 },
      rationale:
        'Dev photographs interiors and hotels; the other photographers shoot products, food, portraits or events, and Zara’s hotel reservation system is a trap.',
    },
    {
      key: 'en-product-shots',
      text: 'We need clean pictures of our 200 handmade candles on a white background for our online shop.',
      labels: { 'photo-1': 2, 'photo-2': 1, 'photo-3': 1, 'photo-4': 1, 'photo-5': 1 },
      rationale:
        'Jess shoots white-background packshots for online shops at volume; the other photographers could but specialise elsewhere, and Niamh’s candle-brand packaging is a trap.',
    },
    {
      key: 'en-staff-portraits',
      text: 'We’re an accountancy practice with 30 staff and our website has a mix of holiday snaps and selfies. We want everyone photographed properly, in the same style.',
      labels: { 'photo-3': 2, 'photo-1': 1, 'photo-2': 1, 'photo-4': 1, 'photo-5': 1 },
      rationale:
        'Naomi does corporate headshots and photographed a whole firm in one style; the accountants are a trap.',
    },
    {
      key: 'en-meeting-stream',
      text: 'Half our members can’t travel to our annual general meeting. We want them to be able to watch it live from home, and to have recordings of the talks afterwards.',
      labels: { 'video-4': 2, 'video-1': 1, 'video-2': 1, 'video-3': 1, 'video-5': 1 },
      rationale:
        'Isla films and live-streams conferences and AGMs and delivers edited talks; other video people could film it but do documentaries, animation, social clips or drones.',
    },
    {
      key: 'en-explainer-animation',
      text: 'We need a short animated video for our homepage explaining how our app works.',
      labels: { 'video-2': 2, 'video-1': 1, 'video-3': 1, 'video-4': 1, 'video-5': 1 },
      rationale: 'Keisha makes animated product explainers; the other video makers do live action.',
    },
    {
      key: 'en-coffee-clips',
      text: 'We’re a coffee shop and want someone to make short, fun clips for TikTok and Instagram every week.',
      labels: { 'video-3': 2, 'video-1': 1, 'video-2': 1, 'video-4': 1, 'video-5': 1 },
      rationale:
        'Finn produces weekly short vertical videos for hospitality; the coffee subscription in Tasha’s profile is a trap.',
    },
    {
      key: 'en-site-from-above',
      text: 'We’re building a new primary school, and the council wants to see how the work is going from the air every month.',
      labels: { 'video-5': 2, 'video-1': 1, 'video-2': 1, 'video-3': 1, 'video-4': 1 },
      rationale:
        'Connor flies monthly drone progress footage for construction; the payroll specialist’s builders are a trap.',
    },
    {
      key: 'en-tax-return',
      text: 'I’m a self-employed plumber, I’m two years behind on my tax returns and my receipts are in a shoebox. I need help sorting it out.',
      labels: { 'accounts-1': 2, 'accounts-2': 1, 'accounts-3': 1, 'accounts-4': 1, 'accounts-5': 1 },
      rationale:
        'Sandra does bookkeeping and Self Assessment for sole traders and cleared a three-year backlog; Amira’s plumbers are a trap.',
    },
    {
      key: 'en-vat',
      text: 'Our limited company has just gone over the VAT limit and we don’t know how to register or what we have to send in every quarter.',
      labels: { 'accounts-2': 2, 'accounts-1': 1, 'accounts-3': 1, 'accounts-4': 1, 'accounts-5': 1 },
      rationale:
        'Gareth does VAT registration and quarterly returns for limited companies; the other accountants could help but specialise elsewhere.',
    },
    {
      key: 'en-first-payroll',
      text: 'We’re a small nursery about to take on our first three staff, and we have no idea how to pay them properly each month, including their pensions.',
      labels: { 'accounts-4': 2, 'accounts-1': 1, 'accounts-2': 1, 'accounts-3': 1, 'accounts-5': 1 },
      rationale:
        'Mohammed runs payroll and pension auto-enrolment and set up a café’s first payroll; Rhys’s employment contracts are a neighbouring trap.',
    },
    {
      key: 'en-charity-accounts',
      text: 'We’re a small hospice charity with about £200,000 a year coming in. Our yearly accounts need checking and signing off by a qualified person before they go to the regulator.',
      labels: { 'accounts-5': 2, 'accounts-1': 1, 'accounts-2': 1, 'accounts-3': 1, 'accounts-4': 1 },
      rationale:
        'Helen is a charity accountant and independent examiner; the charity work of Megan and Hamish is a trap.',
    },
    {
      key: 'en-cash-runway',
      text: 'We’re a young company living off investors’ money and I honestly don’t know how many months we can keep paying everyone. I need someone to get a grip on our money.',
      labels: { 'accounts-3': 2, 'accounts-1': 1, 'accounts-2': 1, 'accounts-4': 1, 'accounts-5': 1 },
      rationale:
        'Fiona is a part-time startup finance director doing runway and cash-flow forecasts; the other accountants do bookkeeping, tax, payroll or charities.',
    },
    {
      key: 'en-slow-shop',
      text: 'Our online shop takes ages to load on phones and Google tells us it’s slow.',
      labels: { 'frontend-3': 2, 'frontend-1': 1, 'frontend-2': 1, 'frontend-4': 1, 'frontend-5': 1 },
      rationale:
        'Oskar speeds up pages and Core Web Vitals and cut a retailer’s mobile load time; the other front-end developers could help.',
    },
    {
      key: 'en-online-shop',
      text: 'We sell second-hand designer handbags through Instagram messages and it’s chaos. We want a proper website where people can browse and pay.',
      labels: { 'frontend-2': 2, 'frontend-1': 1, 'frontend-3': 1, 'frontend-4': 1, 'frontend-5': 1 },
      rationale:
        'Chloe builds Shopify shops for brands outgrowing Instagram, including a vintage seller; other front-end developers could build it.',
    },
    {
      key: 'en-screen-reader',
      text: 'A blind customer told us she can’t use our website with her screen reader. We need it checked and put right.',
      labels: {
        'ux-2': 2,
        'frontend-4': 2,
        'ux-1': 1,
        'ux-3': 1,
        'ux-4': 1,
        'ux-5': 1,
        'frontend-1': 1,
        'frontend-2': 1,
        'frontend-3': 1,
        'frontend-5': 1,
      },
      rationale:
        'Daniel audits accessibility with screen readers and Aisha rebuilt a form for screen reader users; the rest of UX research and front-end development could contribute.',
    },
    {
      key: 'en-parents-research',
      text: 'We’re a charity thinking of starting a helpline for parents of disabled children. Before we spend anything, we want to hear from parents what would actually help them.',
      labels: { 'ux-3': 2, 'ux-1': 1, 'ux-2': 1, 'ux-4': 1, 'ux-5': 1 },
      rationale:
        'Leah does discovery interviews with people in difficult situations for charities and councils; other UX researchers test products or design services.',
    },
    {
      key: 'en-app-trial',
      text: 'We’ve got an early version of our banking app and want to watch real people try it before we launch.',
      labels: { 'ux-1': 2, 'ux-2': 1, 'ux-3': 1, 'ux-4': 1, 'ux-5': 1 },
      rationale:
        'Grace runs moderated usability tests on fintech prototypes; the other researchers could do it but specialise elsewhere.',
    },
    {
      key: 'en-lost-in-menus',
      text: 'Our council website has hundreds of pages and residents say they can never find anything. We want the menus and sections reorganised.',
      labels: { 'ux-4': 2, 'ux-1': 1, 'ux-2': 1, 'ux-3': 1, 'ux-5': 1 },
      rationale:
        'Imran restructures navigation for large council and university sites with card sorts and tree tests.',
    },
    {
      key: 'en-weekly-figures',
      text: 'Each of our branch managers emails me a spreadsheet of sales and staff costs every week and I stitch them together. I’d like to see it all in one place, updated automatically.',
      labels: { 'data-2': 2, 'data-1': 1, 'data-3': 1, 'data-4': 1, 'data-5': 1 },
      rationale:
        'Laura builds self-updating dashboards combining tills and rotas; the other data people forecast, classify, do statistics or churn.',
    },
    {
      key: 'en-veg-box-cancel',
      text: 'People sign up for our weekly veg box and a lot of them stop after a couple of months. We’d like to know who is likely to quit and what’s behind it.',
      labels: { 'data-5': 2, 'data-1': 1, 'data-2': 1, 'data-3': 1, 'data-4': 1 },
      rationale: 'Tasha predicts churn for subscription businesses and explains why people leave.',
    },
    {
      key: 'en-sort-inbox',
      text: 'Our support inbox gets hundreds of messages a day. Could a computer read them and put them in the right pile, like refunds, late parcels or general questions?',
      labels: { 'data-3': 2, 'data-1': 1, 'data-2': 1, 'data-4': 1, 'data-5': 1 },
      rationale: 'Chen built a classifier that routes a retailer’s customer emails into queues.',
    },
    {
      key: 'en-members-survey',
      text: 'We asked 2,000 of our members what they think of our services. We need someone to make sense of the answers and tell our board what it means.',
      labels: { 'data-4': 2, 'data-1': 1, 'data-2': 1, 'data-3': 1, 'data-5': 1 },
      rationale: 'Hamish analyses surveys and writes plain-English findings for boards.',
    },
    {
      key: 'en-product-words',
      text: 'We’ve got 400 kitchen gadgets on our website with no proper descriptions, just the supplier’s codes. We need someone to write them.',
      labels: { 'copy-2': 2, 'copy-1': 1, 'copy-3': 1, 'copy-4': 1, 'copy-5': 1 },
      rationale:
        'Jamal writes product descriptions in bulk, kitchenware included; other copywriters could but specialise elsewhere.',
    },
    {
      key: 'en-funding-application',
      text: 'Our allotment society wants money to build a greenhouse classroom for local schools. None of us has ever written a funding application.',
      labels: { 'copy-3': 2, 'copy-1': 1, 'copy-2': 1, 'copy-4': 1, 'copy-5': 1 },
      rationale:
        'Megan writes grant and Lottery applications for community groups, including a growing project; Rob’s botanicals and Helen’s charity accounts are traps.',
    },
    {
      key: 'en-sound-like-us',
      text: 'Our software company’s website sounds like every other one. We want the words rewritten so it actually says what we do and sounds like us.',
      labels: { 'copy-1': 2, 'copy-2': 1, 'copy-3': 1, 'copy-4': 1, 'copy-5': 1 },
      rationale: 'Olivia rewrites B2B software websites and sets tone of voice.',
    },
    {
      key: 'en-radio-advert',
      text: 'We’re a family furniture store and want an advert on local radio that people remember, plus a short catchy line to go with it.',
      labels: { 'copy-5': 2, 'copy-1': 1, 'copy-2': 1, 'copy-3': 1, 'copy-4': 1 },
      rationale: 'Patrick writes radio ads and straplines and did a family car dealer’s campaign.',
    },
    {
      key: 'en-german-manual',
      text: 'We bought machines from a German supplier and the operating instructions only come in German.',
      skills: ['technical-translation'],
      labels: { 'translate-2': 2, 'translate-1': 1, 'translate-3': 1, 'translate-4': 1, 'translate-5': 1 },
      rationale:
        'Lukas translates German machinery manuals into English; the other translators work in other languages.',
    },
    {
      key: 'en-french-contract',
      text: 'We’re signing an agreement with a distributor in Lyon and need the French contract in accurate English before we sign.',
      labels: { 'translate-1': 2, 'translate-2': 1, 'translate-3': 1, 'translate-4': 1, 'translate-5': 1 },
      rationale:
        'Amélie translates French legal contracts and did a distribution agreement; Victoria the contracts lawyer is a trap from another profession.',
    },
    {
      key: 'en-spanish-shop',
      text: 'We want to start selling to customers in Spain and Argentina and need our website to feel natural to them, not like it went through Google Translate.',
      labels: { 'translate-3': 2, 'translate-1': 1, 'translate-2': 1, 'translate-4': 1, 'translate-5': 1 },
      rationale: 'Carmen localises online shops for Spain and Latin America.',
    },
    {
      key: 'en-polish-leaflets',
      text: 'Our GP surgery has many Polish-speaking patients and needs its health leaflets and appointment letters in Polish.',
      labels: { 'translate-5': 2, 'translate-1': 1, 'translate-2': 1, 'translate-3': 1, 'translate-4': 1 },
      rationale: 'Agnieszka translates patient information into Polish; Beth’s NHS service design is a trap.',
    },
    {
      key: 'en-game-japan',
      text: 'We’ve made a mobile game and want to launch it in Japan, with everything players read in their own language.',
      labels: { 'translate-4': 2, 'translate-1': 1, 'translate-2': 1, 'translate-3': 1, 'translate-5': 1 },
      rationale: 'Yuki localises games into Japanese; Jade’s game art is a trap.',
    },
    {
      key: 'en-staff-conference',
      text: 'We’re bringing all 250 of our staff together for two days in June. We need someone to find a place, sort out food and rooms, and make the days run smoothly.',
      labels: { 'events-1': 2, 'events-2': 1, 'events-3': 1, 'events-4': 1 },
      rationale:
        'Gemma plans corporate conferences from venue to catering; the other planners do festivals, weddings or pop-ups.',
    },
    {
      key: 'en-music-festival',
      text: 'We want to put on a two-day music festival in a field next summer and need help with the licence, the stages and keeping everyone safe.',
      labels: { 'events-2': 2, 'events-1': 1, 'events-3': 1, 'events-4': 1 },
      rationale: 'Tariq produces outdoor festivals with licensing and safety plans.',
    },
    {
      key: 'en-wedding',
      text: 'We got engaged at Christmas and want to get married next August, but we both work full-time and have no idea where to start. Can someone organise everything?',
      labels: { 'events-3': 2, 'events-1': 1, 'events-2': 1, 'events-4': 1 },
      rationale:
        'Lucy is a wedding planner; Naomi’s wedding photography and Zara’s wedding venue payments are traps.',
    },
    {
      key: 'en-headphone-popup',
      text: 'We’re releasing a new range of headphones and want a temporary shop for one weekend that gets people talking and posting about it.',
      labels: { 'events-4': 2, 'events-1': 1, 'events-2': 1, 'events-3': 1 },
      rationale: 'Nathan creates pop-up shops and launches for consumer tech and fashion.',
    },
    {
      key: 'en-client-paperwork',
      text: 'We run a small photography and video business and clients keep arguing about what’s included and when they pay. We need proper paperwork to send them.',
      labels: { 'legal-1': 2, 'legal-2': 1, 'legal-3': 1, 'legal-4': 1 },
      rationale:
        'Victoria drafts terms and service agreements for small creative businesses; the photographers and video makers are traps.',
    },
    {
      key: 'en-copycat-brand',
      text: 'A seller on Amazon is selling cheap copies of our products under our brand name. How do we stop them and make sure the name is legally ours?',
      labels: { 'legal-2': 2, 'legal-1': 1, 'legal-3': 1, 'legal-4': 1 },
      rationale: 'Omar registers trade marks and deals with copycats; Tom’s brand identity work is a trap.',
    },
    {
      key: 'en-customer-data',
      text: 'We collect names, emails and birthdays from customers through our app and loyalty card. We want to be sure we’re handling their information within the law.',
      labels: { 'legal-3': 2, 'legal-1': 1, 'legal-2': 1, 'legal-4': 1 },
      rationale:
        'Eleanor advises small organisations on data protection and reviewed a retailer’s customer data.',
    },
    {
      key: 'en-staff-contracts',
      text: 'Our bakery now has eight staff and nothing in writing. We need proper contracts and rules on sickness and holidays.',
      labels: { 'legal-4': 2, 'legal-1': 1, 'legal-2': 1, 'legal-3': 1 },
      rationale:
        'Rhys drafts employment contracts and staff handbooks; Mohammed’s café payroll and the bakery photos are traps.',
    },
    {
      key: 'en-local-map',
      text: 'We’re a family of heating engineers in Bury. When someone nearby searches for a boiler repair, our competitors show up on the map and we don’t.',
      skills: ['local-seo'],
      labels: { 'growth-4': 2, 'growth-1': 1, 'growth-2': 1, 'growth-3': 1, 'growth-5': 1 },
      rationale: 'Amira does local SEO and map listings for trades; the rest of SEO and growth could help.',
    },
    {
      key: 'en-wasted-ads',
      text: 'We’re spending £1,500 a month on Google adverts and getting hardly any calls. Can someone take over and make them pay?',
      labels: { 'growth-3': 2, 'growth-1': 1, 'growth-2': 1, 'growth-4': 1, 'growth-5': 1 },
      rationale: 'Joe manages Google Ads and rescued a kitchen fitter’s wasted spend.',
    },
    {
      key: 'en-platform-move',
      text: 'We’re moving our website to a new platform and we’re worried about dropping down Google’s results.',
      labels: { 'growth-1': 2, 'growth-2': 1, 'growth-3': 1, 'growth-4': 1, 'growth-5': 1 },
      rationale: 'Ryan specialises in site migrations that keep rankings.',
    },
    {
      key: 'en-basket-reminders',
      text: 'People put things in their basket on our shop and then leave. We’d like emails to go out automatically to remind them.',
      labels: { 'growth-5': 2, 'growth-1': 1, 'growth-2': 1, 'growth-3': 1, 'growth-4': 1 },
      rationale: 'Tilly sets up abandoned-basket email flows in Klaviyo.',
    },
    {
      key: 'en-startup-brand',
      text: 'Our logo and colours were made by a friend in our first week. Before we raise investment we need a proper brand and rules for using it.',
      labels: { 'packaging-4': 2, 'packaging-1': 1, 'packaging-2': 1, 'packaging-3': 1, 'packaging-5': 1 },
      rationale:
        'Ade does brand strategy and guidelines for startups before funding rounds; Tom does shop identities and could too.',
    },
    {
      key: 'en-beer-cans',
      text: 'Our brewery has four new beers coming out this spring and needs designs for the cans.',
      labels: { 'packaging-5': 2, 'packaging-1': 1, 'packaging-2': 1, 'packaging-3': 1, 'packaging-4': 1 },
      rationale: 'Hannah designs can wraps and labels for breweries.',
    },
    {
      key: 'en-skincare-boxes',
      text: 'We make natural skincare and want boxes without any plastic that still look premium on shop shelves.',
      labels: { 'packaging-3': 2, 'packaging-1': 1, 'packaging-2': 1, 'packaging-4': 1, 'packaging-5': 1 },
      rationale: 'Niamh designs plastic-free structural packaging for skincare.',
    },
    {
      key: 'en-shop-sign',
      text: 'I’m opening a hardware store on the high street and need a logo, a sign for the front and a look for the whole shop.',
      labels: { 'packaging-2': 2, 'packaging-1': 1, 'packaging-3': 1, 'packaging-4': 1, 'packaging-5': 1 },
      rationale: 'Tom does identities and signage for independent high-street shops.',
    },
    {
      key: 'en-trail-map',
      text: 'We want a hand-drawn map of the independent shops and cafés in our town centre for a visitor leaflet.',
      labels: { 'illus-3': 2, 'illus-1': 1, 'illus-2': 1, 'illus-4': 1, 'illus-5': 1 },
      rationale: 'Sofia draws illustrated maps and made a town’s food and drink trail.',
    },
    {
      key: 'en-magazine-art',
      text: 'Our quarterly alumni magazine needs a striking picture to go with each long article.',
      labels: { 'illus-2': 2, 'illus-1': 1, 'illus-3': 1, 'illus-4': 1, 'illus-5': 1 },
      rationale: 'Marcus is an editorial illustrator who works for university magazines.',
    },
    {
      key: 'en-app-character',
      text: 'We want a cute little creature to be the face of our reading app for children, something we can use in the app, on stickers and in adverts.',
      labels: { 'illus-4': 2, 'illus-1': 1, 'illus-2': 1, 'illus-3': 1, 'illus-5': 1 },
      rationale:
        'Jade designs mascots for apps and made an owl for a children’s app; Ellie’s children’s books are close but not mascot work.',
    },
    {
      key: 'en-menu-paintings',
      text: 'We’d love hand-painted pictures of herbs and dishes for our new restaurant menu.',
      labels: { 'illus-5': 2, 'illus-1': 1, 'illus-2': 1, 'illus-3': 1, 'illus-4': 1 },
      rationale:
        'Rob paints botanical and food watercolours for restaurant menus; Callum’s menu photography is a trap.',
    },
    {
      key: 'en-order-screens',
      text: 'Our trade customers want somewhere online to sign in, look back at what they’ve bought and get their bills. The data is already in our system; we need the screens.',
      labels: { 'frontend-1': 2, 'frontend-2': 1, 'frontend-3': 1, 'frontend-4': 1, 'frontend-5': 1 },
      rationale:
        'Liam builds customer portals in React and did one for a wholesaler; Matt built that wholesaler’s API and is a back-end trap.',
    },
    {
      key: 'en-shared-buttons',
      text: 'Our three product teams all build buttons, forms and menus differently. We want one shared set that everyone uses.',
      labels: { 'frontend-4': 2, 'frontend-1': 1, 'frontend-2': 1, 'frontend-3': 1, 'frontend-5': 1 },
      rationale: 'Aisha builds design systems and component libraries for multi-team companies.',
    },
    {
      key: 'en-physio-site',
      text: 'I’m a physiotherapist starting out on my own and need a simple website with my prices, where I work and a contact form.',
      labels: { 'frontend-5': 2, 'frontend-1': 1, 'frontend-2': 1, 'frontend-3': 1, 'frontend-4': 1 },
      rationale:
        'Ben builds simple WordPress sites for therapists and sole traders; Kieran’s physiotherapy clinic scheduling is a trap.',
    },
    {
      key: 'en-orders-to-accounts',
      text: 'Our online orders have to be typed into our accounting software by hand every week. Can someone get the two to talk to each other?',
      labels: { 'backend-3': 2, 'backend-1': 1, 'backend-2': 1, 'backend-4': 1, 'backend-5': 1 },
      rationale: 'Matt builds integrations such as a shop-to-Xero sync; the bookkeepers are a trap.',
    },
    {
      key: 'en-old-stock-system',
      text: 'Our 15-year-old stock database crashes most weeks, and we need the data moved to something modern without losing anything.',
      labels: { 'backend-4': 2, 'backend-1': 1, 'backend-2': 1, 'backend-3': 1, 'backend-5': 1 },
      rationale:
        'Rachel rescues and migrates legacy databases and moved a merchant off a crashing stock system.',
    },
    {
      key: 'en-app-keeps-crashing',
      text: 'Our app went down twice last month and we’re not sure our backups work. We need someone to sort out the servers.',
      labels: { 'backend-5': 2, 'backend-1': 1, 'backend-2': 1, 'backend-3': 1, 'backend-4': 1 },
      rationale: 'Sam does hosting, tested backups and monitoring.',
    },
    {
      key: 'en-dish-photos',
      text: 'New menu at our restaurant: we need mouth-watering photos of the dishes for the printed menu and for Instagram.',
      labels: { 'photo-2': 2, 'photo-1': 1, 'photo-3': 1, 'photo-4': 1, 'photo-5': 1 },
      rationale: 'Callum photographs restaurant dishes; Rob’s menu paintings are a trap.',
    },
    {
      key: 'en-awards-photos',
      text: 'Our trade association holds a black-tie prize-giving in November. We want pictures of each winner and of the room, ready to send to journalists the same night.',
      labels: { 'photo-5': 2, 'photo-1': 1, 'photo-2': 1, 'photo-3': 1, 'photo-4': 1 },
      rationale:
        'Ruth photographs awards nights with same-night press delivery; Gemma organises such dinners but is not a photographer.',
    },
    {
      key: 'en-refuge-film',
      text: 'We’re a refuge for women and children and want a short film showing the difference we make, without putting anyone at risk.',
      labels: { 'video-1': 2, 'video-2': 1, 'video-3': 1, 'video-4': 1, 'video-5': 1 },
      rationale: 'Ollie makes charity documentaries with vulnerable contributors.',
    },
    {
      key: 'en-ceo-articles',
      text: 'Our chief executive has plenty of opinions but no time to write. We want two long articles a month published under her name.',
      labels: { 'copy-4': 2, 'copy-1': 1, 'copy-2': 1, 'copy-3': 1, 'copy-5': 1 },
      rationale: 'Harriet ghostwrites long-form articles under clients’ names.',
    },
    {
      key: 'en-tea-boxes-twin',
      text: 'We sell loose-leaf tea and our tins and cartons look tired. We want a fresh design for all the packs in time for the winter markets.',
      labels: { 'packaging-1': 2, 'packaging-2': 1, 'packaging-3': 1, 'packaging-4': 1, 'packaging-5': 1 },
      twinOf: 'en-tea-boxes',
      rationale: 'Same need as en-tea-boxes: new packaging for a tea range before a seasonal market.',
    },
    {
      key: 'en-bread-forecast-twin',
      text: 'We own a few bakeries and throw away too many loaves at closing time. Can someone work out from our till records how many to bake each morning?',
      labels: { 'data-1': 2, 'data-2': 1, 'data-3': 1, 'data-4': 1, 'data-5': 1 },
      twinOf: 'en-bread-forecast',
      rationale: 'Same need as en-bread-forecast: daily demand forecasts per shop to cut waste.',
    },
    {
      key: 'en-signup-test-twin',
      text: 'Lots of visitors start creating an account with us and give up halfway. We’d like to try a couple of different page designs and see which gets more people through.',
      labels: { 'growth-2': 2, 'growth-1': 1, 'growth-3': 1, 'growth-4': 1, 'growth-5': 1 },
      twinOf: 'en-signup-test',
      rationale: 'Same need as en-signup-test: testing variants of a sign-up flow.',
    },
    {
      key: 'en-table-booking-twin',
      text: 'Customers keep ringing up to reserve tables at our bistro. We’d like an online system that shows free times and confirms their reservation.',
      labels: { 'backend-1': 2, 'backend-2': 2, 'backend-3': 1, 'backend-4': 1, 'backend-5': 1 },
      twinOf: 'en-table-booking',
      rationale: 'Same need as en-table-booking: online table reservations with confirmation.',
    },
    {
      key: 'en-picture-book-twin',
      text: 'Looking for an artist to illustrate my kids’ bedtime story, about 30 pages, which I plan to self-publish.',
      labels: { 'illus-1': 2, 'illus-2': 1, 'illus-3': 1, 'illus-4': 1, 'illus-5': 1 },
      twinOf: 'en-picture-book',
      rationale: 'Same need as en-picture-book: illustrating a children’s story.',
    },
    {
      key: 'en-tax-return-twin',
      text: 'Sole trader here: a carrier bag of receipts and a Self Assessment deadline in three weeks. Who can get my books in order?',
      labels: { 'accounts-1': 2, 'accounts-2': 1, 'accounts-3': 1, 'accounts-4': 1, 'accounts-5': 1 },
      twinOf: 'en-tax-return',
      rationale: 'Same need as en-tax-return: a sole trader’s overdue records and tax return.',
    },
    {
      key: 'en-screen-reader-twin',
      text: 'Someone who is partially sighted complained that our site doesn’t work with the software that reads pages aloud. We need it tested and fixed.',
      labels: {
        'ux-2': 2,
        'frontend-4': 2,
        'ux-1': 1,
        'ux-3': 1,
        'ux-4': 1,
        'ux-5': 1,
        'frontend-1': 1,
        'frontend-2': 1,
        'frontend-3': 1,
        'frontend-5': 1,
      },
      twinOf: 'en-screen-reader',
      rationale: 'Same need as en-screen-reader: accessibility testing and fixes for screen reader users.',
    },
    {
      key: 'en-sort-inbox-twin',
      text: 'We’d like our customer emails labelled automatically as complaints, orders or questions, so the right person picks each one up.',
      labels: { 'data-3': 2, 'data-1': 1, 'data-2': 1, 'data-4': 1, 'data-5': 1 },
      twinOf: 'en-sort-inbox',
      rationale: 'Same need as en-sort-inbox: automatic classification of support emails.',
    },
    {
      key: 'en-german-manual-twin',
      text: 'We need our supplier’s technical documentation turned into English; it covers the packaging machinery on our production line.',
      labels: { 'translate-2': 2, 'translate-1': 1, 'translate-3': 1, 'translate-4': 1, 'translate-5': 1 },
      twinOf: 'en-german-manual',
      rationale:
        'Same need as en-german-manual: German technical manuals into English; the packaging designers are a trap.',
    },
    {
      key: 'en-copycat-brand-twin',
      text: 'How do we register our company name and logo so nobody else can use them, and deal with someone who is already copying us online?',
      labels: { 'legal-2': 2, 'legal-1': 1, 'legal-3': 1, 'legal-4': 1 },
      twinOf: 'en-copycat-brand',
      rationale: 'Same need as en-copycat-brand: trade mark protection against a copycat.',
    },
    {
      key: 'en-local-map-twin',
      text: 'Our heating and plumbing business never appears on Google Maps when someone local looks for help. We want people nearby to find us.',
      labels: { 'growth-4': 2, 'growth-1': 1, 'growth-2': 1, 'growth-3': 1, 'growth-5': 1 },
      twinOf: 'en-local-map',
      rationale: 'Same need as en-local-map: local map visibility for a trade business.',
    },
    {
      key: 'en-online-shop-twin',
      text: 'We need an e-commerce website for our pre-loved bags business, with a basket and a checkout, so we can stop taking orders over direct messages.',
      labels: { 'frontend-2': 2, 'frontend-1': 1, 'frontend-3': 1, 'frontend-4': 1, 'frontend-5': 1 },
      twinOf: 'en-online-shop',
      rationale: 'Same need as en-online-shop: an online shop for a second-hand goods seller.',
    },
    {
      key: 'en-cash-runway-twin',
      text: 'Can someone build us a monthly budget and tell us how long our funding will last before we need to raise again?',
      labels: { 'accounts-3': 2, 'accounts-1': 1, 'accounts-2': 1, 'accounts-4': 1, 'accounts-5': 1 },
      twinOf: 'en-cash-runway',
      rationale: 'Same need as en-cash-runway: runway and cash planning for a funded startup.',
    },
    {
      key: 'en-staff-conference-twin',
      text: 'Planning a company get-together for 250 employees over two days. Looking for someone to handle the venue, catering and running order.',
      labels: { 'events-1': 2, 'events-2': 1, 'events-3': 1, 'events-4': 1 },
      twinOf: 'en-staff-conference',
      rationale: 'Same need as en-staff-conference: organising a two-day corporate event.',
    },
    {
      key: 'en-weekly-figures-twin',
      text: 'We want live charts of weekly takings and staffing costs across our branches, instead of stitching spreadsheets together by hand.',
      labels: { 'data-2': 2, 'data-1': 1, 'data-3': 1, 'data-4': 1, 'data-5': 1 },
      twinOf: 'en-weekly-figures',
      rationale: 'Same need as en-weekly-figures: an automatic dashboard of branch sales and staff costs.',
    },
  ],
};
