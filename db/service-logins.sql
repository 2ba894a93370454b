-- The database logins of the Boligsocial services and their schemas (docs/decisions.md, "Least privilege").
-- Run as a superuser (or a login with CREATEROLE that may create schemas) in the services' database:
--
--   psql -v ON_ERROR_STOP=1 -d boligsocial -f db/service-logins.sql                     # development passwords
--   psql -v ON_ERROR_STOP=1 -d boligsocial -v plans_app_password="$P1" -v plans_owner_password="$P2" ... \
--        -f db/service-logins.sql                                                          # production
--
-- For each service S of plans, funding, evaluation it makes:
--   S_owner  owns schema S and everything in it; the service migrates as this login (quarkus.flyway.username)
--   S_app    the login the service runs as (quarkus.datasource.username). It owns nothing; after every migration
--            the service, as S_owner, grants it the use of S's tables, the audit trail insert-only
--            (service-kit RuntimeLoginGrants). It has no right in another service's schema.
-- None is a superuser or may create databases or roles. Every password not given is 'boligsocial-local', for local
-- runs only. Idempotent: run it again to change a password; on a database migrated before the logins were split it
-- hands each schema and everything in it to S_owner. ./run runs it; docker-compose.yml mounts it into the postgres
-- container's /docker-entrypoint-initdb.d/; the system tests run it with -v login_prefix=<their own prefix>.

\if :{?login_prefix}
\else
  \set login_prefix ''
\endif
\if :{?plans_owner_password}
\else
  \set plans_owner_password 'boligsocial-local'
\endif
\if :{?plans_app_password}
\else
  \set plans_app_password 'boligsocial-local'
\endif
\if :{?funding_owner_password}
\else
  \set funding_owner_password 'boligsocial-local'
\endif
\if :{?funding_app_password}
\else
  \set funding_app_password 'boligsocial-local'
\endif
\if :{?evaluation_owner_password}
\else
  \set evaluation_owner_password 'boligsocial-local'
\endif
\if :{?evaluation_app_password}
\else
  \set evaluation_app_password 'boligsocial-local'
\endif

-- psql variables do not reach into a DO block; session settings do (and end with the session)
SET boligsocial.login_prefix = :'login_prefix';
SET boligsocial.plans_owner_password = :'plans_owner_password';
SET boligsocial.plans_app_password = :'plans_app_password';
SET boligsocial.funding_owner_password = :'funding_owner_password';
SET boligsocial.funding_app_password = :'funding_app_password';
SET boligsocial.evaluation_owner_password = :'evaluation_owner_password';
SET boligsocial.evaluation_app_password = :'evaluation_app_password';

DO $$
DECLARE
    service     text;
    kind        text;
    login       text;
    owner_login text;
    object      record;
BEGIN
    FOREACH service IN ARRAY ARRAY['plans', 'funding', 'evaluation'] LOOP
        owner_login := current_setting('boligsocial.login_prefix') || service || '_owner';
        FOREACH kind IN ARRAY ARRAY['owner', 'app'] LOOP
            login := current_setting('boligsocial.login_prefix') || service || '_' || kind;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                EXECUTE format('CREATE ROLE %I', login);
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
                           login, current_setting('boligsocial.' || service || '_' || kind || '_password'));
        END LOOP;

        -- the schema belongs to its owner login, and nobody else may create anything in it
        EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I AUTHORIZATION %I', service, owner_login);
        EXECUTE format('ALTER SCHEMA %I OWNER TO %I', service, owner_login);
        EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', service);

        -- what an earlier deployment migrated as the admin login is handed over (a table takes its sequences along)
        FOR object IN
            SELECT c.oid::regclass AS name, c.relkind
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = service AND c.relkind IN ('r', 'p', 'v', 'm')
               AND pg_get_userbyid(c.relowner) <> owner_login
        LOOP
            EXECUTE format('ALTER %s %s OWNER TO %I',
                           CASE object.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                           object.name, owner_login);
        END LOOP;
        FOR object IN
            SELECT c.oid::regclass AS name
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = service AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> owner_login
        LOOP
            EXECUTE format('ALTER SEQUENCE %s OWNER TO %I', object.name, owner_login);
        END LOOP;
        FOR object IN
            SELECT p.oid::regprocedure AS name
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = service AND pg_get_userbyid(p.proowner) <> owner_login
        LOOP
            EXECUTE format('ALTER ROUTINE %s OWNER TO %I', object.name, owner_login);
        END LOOP;
    END LOOP;
END
$$;

RESET boligsocial.plans_owner_password;
RESET boligsocial.plans_app_password;
RESET boligsocial.funding_owner_password;
RESET boligsocial.funding_app_password;
RESET boligsocial.evaluation_owner_password;
RESET boligsocial.evaluation_app_password;
