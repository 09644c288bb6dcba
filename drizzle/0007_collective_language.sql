-- Languages (issue 11). Each supported language gets a text search configuration rx_<name>:
-- its own stop words first (on the words as written, accents and all, since the stop lists
-- are spelled that way), then unaccent (Bäckerei/Backerei, développeur/developpeur meet),
-- then the language's Snowball stemmer. rx_simple serves languages without a stemmer.
-- src/modules/collectives/collectives.languages.ts lists the same names.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_danish_stop (TEMPLATE = simple, STOPWORDS = danish, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_danish (COPY = danish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_danish ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_danish_stop, unaccent, danish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_dutch_stop (TEMPLATE = simple, STOPWORDS = dutch, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_dutch (COPY = dutch);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_dutch ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_dutch_stop, unaccent, dutch_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_english_stop (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_english (COPY = english);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_english ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_english_stop, unaccent, english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_finnish_stop (TEMPLATE = simple, STOPWORDS = finnish, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_finnish (COPY = finnish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_finnish ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_finnish_stop, unaccent, finnish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_french_stop (TEMPLATE = simple, STOPWORDS = french, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_french (COPY = french);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_french ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_french_stop, unaccent, french_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_german_stop (TEMPLATE = simple, STOPWORDS = german, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_german (COPY = german);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_german ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_german_stop, unaccent, german_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_hungarian_stop (TEMPLATE = simple, STOPWORDS = hungarian, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_hungarian (COPY = hungarian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_hungarian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_hungarian_stop, unaccent, hungarian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_italian_stop (TEMPLATE = simple, STOPWORDS = italian, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_italian (COPY = italian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_italian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_italian_stop, unaccent, italian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_norwegian_stop (TEMPLATE = simple, STOPWORDS = norwegian, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_norwegian (COPY = norwegian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_norwegian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_norwegian_stop, unaccent, norwegian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_portuguese_stop (TEMPLATE = simple, STOPWORDS = portuguese, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_portuguese (COPY = portuguese);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_portuguese ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_portuguese_stop, unaccent, portuguese_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_romanian (COPY = romanian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_romanian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, romanian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_russian_stop (TEMPLATE = simple, STOPWORDS = russian, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_russian (COPY = russian);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_russian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_russian_stop, unaccent, russian_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_spanish_stop (TEMPLATE = simple, STOPWORDS = spanish, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_spanish (COPY = spanish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_spanish ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_spanish_stop, unaccent, spanish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_swedish_stop (TEMPLATE = simple, STOPWORDS = swedish, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_swedish (COPY = swedish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_swedish ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_swedish_stop, unaccent, swedish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY rx_turkish_stop (TEMPLATE = simple, STOPWORDS = turkish, ACCEPT = false);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_turkish (COPY = turkish);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_turkish ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH rx_turkish_stop, unaccent, turkish_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION rx_simple (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION rx_simple ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;
--> statement-breakpoint
ALTER TABLE "collectives" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;
--> statement-breakpoint
ALTER TABLE "collectives" ADD COLUMN "text_search" "regconfig" DEFAULT 'rx_english'::regconfig NOT NULL;
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "text_search" "regconfig" DEFAULT 'rx_english'::regconfig NOT NULL;
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "text_search" "regconfig" DEFAULT 'rx_english'::regconfig NOT NULL;
--> statement-breakpoint
ALTER TABLE "endorsements" ADD COLUMN "text_search" "regconfig" DEFAULT 'rx_english'::regconfig NOT NULL;
--> statement-breakpoint
-- Words as the service counts them now (Intl.Segmenter) are set on insert; older rows get
-- the closest SQL can do: runs of non-space characters.
ALTER TABLE "endorsements" ADD COLUMN "example_description_words" integer;
--> statement-breakpoint
UPDATE "endorsements" SET "example_description_words" = coalesce(array_length(regexp_split_to_array(btrim("example_description"), '\s+'), 1), 0);
--> statement-breakpoint
ALTER TABLE "endorsements" ALTER COLUMN "example_description_words" SET NOT NULL;
--> statement-breakpoint
-- The search vectors are rebuilt with each row's configuration (PostgreSQL 15 cannot change a
-- generated column's expression in place: drop and add, then the GIN indexes again).
--> statement-breakpoint
ALTER TABLE "members" DROP COLUMN "search_vector";
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(text_search, coalesce(headline, '') || ' ' || rx_skills_text(skills)), 'A') || setweight(to_tsvector(text_search, coalesce(bio, '')), 'B')) STORED;
--> statement-breakpoint
CREATE INDEX "members_search_idx" ON "members" USING gin ("search_vector");
--> statement-breakpoint
ALTER TABLE "jobs" DROP COLUMN "search_vector";
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(text_search, coalesce(title, '')), 'A') || setweight(to_tsvector(text_search, coalesce(brief, '')), 'B')) STORED;
--> statement-breakpoint
CREATE INDEX "jobs_search_idx" ON "jobs" USING gin ("search_vector");
--> statement-breakpoint
ALTER TABLE "endorsements" DROP COLUMN "search_vector";
--> statement-breakpoint
ALTER TABLE "endorsements" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector(text_search, coalesce(example_title, '')), 'A') || setweight(to_tsvector(text_search, coalesce(example_description, '') || ' ' || coalesce(example_outcome, '') || ' ' || coalesce(example_endorsee_role, '')), 'B')) STORED;
--> statement-breakpoint
CREATE INDEX "endorsements_search_idx" ON "endorsements" USING gin ("search_vector");
--> statement-breakpoint
-- A new member, job or endorsement is indexed with its collective's configuration. The shared
-- advisory lock pairs with the exclusive one a language change takes before it updates the
-- collective (collectives.repository.ts): a row inserted while the language changes either
-- commits before the change (and is then re-indexed by it) or reads the new configuration.
CREATE FUNCTION rx_copy_text_search() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtextextended(NEW.collective_id::text, 0));
  NEW.text_search := coalesce((SELECT text_search FROM collectives WHERE id = NEW.collective_id), NEW.text_search);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER members_copy_text_search BEFORE INSERT ON "members" FOR EACH ROW EXECUTE FUNCTION rx_copy_text_search();
--> statement-breakpoint
CREATE TRIGGER jobs_copy_text_search BEFORE INSERT ON "jobs" FOR EACH ROW EXECUTE FUNCTION rx_copy_text_search();
--> statement-breakpoint
CREATE TRIGGER endorsements_copy_text_search BEFORE INSERT ON "endorsements" FOR EACH ROW EXECUTE FUNCTION rx_copy_text_search();
