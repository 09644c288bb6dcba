ALTER TABLE "collectives" ADD COLUMN "activity_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Matching keeps, beside each collective's graph, the names of its members and the referrals
-- they received lately (rotation). Those change without touching the graph, through a
-- referral being offered or an account being renamed; each bumps activity_version, so every
-- API instance can tell in the same indexed read whether its cached copy is current.
CREATE FUNCTION rx_bump_activity_version() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  UPDATE collectives SET activity_version = activity_version + 1 WHERE id = NEW.collective_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_bump_activity_version
  AFTER INSERT ON events
  FOR EACH ROW
  WHEN (NEW.type = 'referral.offered')
  EXECUTE FUNCTION rx_bump_activity_version();
--> statement-breakpoint
CREATE FUNCTION rx_bump_activity_version_on_rename() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  UPDATE collectives SET activity_version = activity_version + 1
  WHERE id IN (SELECT collective_id FROM members WHERE account_id = NEW.id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER accounts_bump_activity_version
  AFTER UPDATE OF name ON accounts
  FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name)
  EXECUTE FUNCTION rx_bump_activity_version_on_rename();
