-- Skills as searchable text: `ux-research` -> `ux research`. array_to_string is only STABLE,
-- which generated columns refuse; over text[] it is immutable in fact.
CREATE FUNCTION rx_skills_text(skills text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT translate(array_to_string(skills, ' '), '-', ' ') $$;
--> statement-breakpoint
-- The trust graph of a collective (endorsements, members, handoff outcomes) changes only
-- through changes that record events of these types; each one bumps the collective's
-- graph_version (added in 0003), so every API instance can tell in one indexed read
-- whether its cached graph is current.
CREATE FUNCTION rx_bump_graph_version() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  UPDATE collectives SET graph_version = graph_version + 1 WHERE id = NEW.collective_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_bump_graph_version
  AFTER INSERT ON events
  FOR EACH ROW
  WHEN (NEW.type LIKE 'endorsement.%' OR NEW.type LIKE 'member.%' OR NEW.type = 'referral.outcome_recorded')
  EXECUTE FUNCTION rx_bump_graph_version();
