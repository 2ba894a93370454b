-- A version per round that every change of what the theme report reads moves on (issue 9), as funding's
-- round_report_version (its V11) does for the round report: the service keeps each round's theme report in memory,
-- per scope, with the version it was made at, and makes it again only when the version moved. Asking for the
-- version is one primary-key look-up, against the report's join and sort.
--
-- The report reads exactly these tables (ProgressQueries.THEME_REPORT): round_theme and theme_tally. Each gets a
-- trigger here, on the table itself, so a change by any path (a reaction's refresh_theme_progress, a round's themes
-- from its event, a row edited by hand) moves the version in the same transaction; one rolled back moves nothing.
--
-- A version is drawn from a sequence, so it is never drawn twice: a round whose row is gone (the tables truncated,
-- which no row trigger sees, so the TRUNCATE triggers below drop every version) gets a version no service has seen.
-- A round without a row is read afresh every time.
CREATE SEQUENCE theme_report_version_seq;

CREATE TABLE theme_report_version (
    round_id  TEXT   PRIMARY KEY,
    version   BIGINT NOT NULL
);

-- The update first: a round has its row after its first change, and a plain update is cheaper than an upsert.
CREATE FUNCTION theme_report_bump(round TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE theme_report_version SET version = nextval('theme_report_version_seq') WHERE round_id = round;
    IF NOT FOUND THEN
        INSERT INTO theme_report_version (round_id, version) VALUES (round, nextval('theme_report_version_seq'))
        ON CONFLICT (round_id) DO UPDATE SET version = excluded.version;
    END IF;
END $$;

-- a row moved to another round changes the reports of both
CREATE FUNCTION theme_report_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM theme_report_bump(OLD.round_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.round_id IS DISTINCT FROM OLD.round_id) THEN
        PERFORM theme_report_bump(NEW.round_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER theme_report_changed AFTER INSERT OR UPDATE OR DELETE ON round_theme
    FOR EACH ROW EXECUTE FUNCTION theme_report_changed();
CREATE TRIGGER theme_report_changed AFTER INSERT OR UPDATE OR DELETE ON theme_tally
    FOR EACH ROW EXECUTE FUNCTION theme_report_changed();

CREATE FUNCTION theme_report_forget_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM theme_report_version;
    RETURN NULL;
END $$;

CREATE TRIGGER theme_report_truncated AFTER TRUNCATE ON round_theme
    FOR EACH STATEMENT EXECUTE FUNCTION theme_report_forget_all();
CREATE TRIGGER theme_report_truncated AFTER TRUNCATE ON theme_tally
    FOR EACH STATEMENT EXECUTE FUNCTION theme_report_forget_all();

-- the rounds the service knows start with a version, so their first report is kept
INSERT INTO theme_report_version (round_id, version)
SELECT round_id, nextval('theme_report_version_seq') FROM (SELECT DISTINCT round_id FROM round_theme) AS known;
