-- Who may do what in a portfolio several offices share (DESIGN.md: admin, officer, viewer),
-- enforced by the server itself, so that psql with an officer's password gets no further than
-- keyproj does. A SQLite file has one officer: migrations/0021_access.sql changes nothing.
--
-- - Each keyproj user is a login role of the cluster with a row in keyproj_user, which gives
--   its keyproj role here and, for an officer, its scope: a region, or one county of it.
--   Roles belong to the cluster and may be users of several portfolios; what a role may do in
--   this one is its row here alone. A role without a row reads and writes nothing.
-- - A user's table privileges are granted to its role by name (keyproj_grant_access), never
--   through a group, so that removing a user here takes away nothing it has elsewhere.
-- - Every table enforces row-level security, FORCEd so that the tables' owner is held to it
--   too: everyone reads everything; what a row may be written by follows the table's kind
--   (keyproj_may_write). A guard trigger checks the row as it was before an update (which a
--   policy does not see) and refuses with a sentence that names the project and the scope.
-- - Authors are the authenticated role (session_user, which SET ROLE does not change): a
--   trigger writes it over whatever a user's INSERT gave. The owner alone writes authors as
--   given, which is how `keyproj copy` keeps a portfolio's history.
-- - Every statement's rows are logged by triggers into row_change, whoever runs it: keyproj's
--   audit says why a change was made, row_change that it was, also outside keyproj.
-- - Users are added and removed through SECURITY DEFINER functions owned by the schema owner,
--   which needs CREATEROLE for them; admins call the functions and get no CREATEROLE of their
--   own (in PostgreSQL 15 a role with CREATEROLE can make itself nearly a superuser).
-- Refusals are SQLSTATE 42501 (insufficient_privilege) with a DETAIL that keyproj reads to say
-- the same in the officer's language (cli/permission_denied.cpp).

CREATE TABLE keyproj_user (
  name       text COLLATE "C" PRIMARY KEY,
  role       text COLLATE "C" NOT NULL CHECK (role IN ('admin', 'officer', 'viewer')),
  region_id  bigint REFERENCES region(id),
  county     text COLLATE "C" CHECK (county <> ''),
  -- Whether keyproj made the login role (user add) rather than found it: only such a role is
  -- dropped when its user is removed.
  made_role  bigint NOT NULL DEFAULT 0 CHECK (made_role IN (0, 1)),
  CHECK ((role = 'officer') = (region_id IS NOT NULL)),
  CHECK (county IS NULL OR region_id IS NOT NULL)
);

-- The role that migrates the schema owns it and administers it: the first admin.
INSERT INTO keyproj_user (name, role) VALUES (session_user, 'admin');

-- No id: a sequence drawn here would be the session's lastval(), which the store reads as the
-- id of the row it has just added (migrations/postgresql/0001_schema.sql, keyproj_next_id).
CREATE TABLE row_change (
  at         timestamptz NOT NULL DEFAULT clock_timestamp(),
  by_role    text COLLATE "C" NOT NULL DEFAULT session_user,
  txid       bigint NOT NULL DEFAULT txid_current(),  -- the changes of one transaction share it
  table_name text COLLATE "C" NOT NULL,
  operation  text COLLATE "C" NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
  before     jsonb,  -- the rows as they were (UPDATE, DELETE), an array
  after      jsonb   -- the rows as they became (UPDATE), or the ids of the rows added (INSERT), an array
);

-- Whether the session is the schema's owner or a superuser: who migrates, copies whole
-- portfolios in and administers the server.
CREATE FUNCTION keyproj_session_owns() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = session_user
                 AND (r.rolsuper OR r.oid = (SELECT c.relowner FROM pg_class c WHERE c.oid = 'keyproj_user'::regclass)))
$$;

-- The session's keyproj role here: admin, officer or viewer; admin for a superuser; NULL for a
-- role this portfolio does not know.
CREATE FUNCTION keyproj_session_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT coalesce((SELECT u.role FROM keyproj_user u WHERE u.name = session_user),
                  CASE WHEN (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN 'admin' END)
$$;

-- Whether the session may write the rows of a project in `region_id` (and `county`): an admin
-- anywhere, an officer in its region, or its county of it.
CREATE FUNCTION keyproj_may_write_in(p_region bigint, p_county text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT CASE keyproj_session_role()
    WHEN 'admin' THEN true
    WHEN 'officer' THEN (SELECT u.region_id = p_region AND (u.county IS NULL OR u.county = p_county)
                         FROM keyproj_user u WHERE u.name = session_user)
    ELSE false END
$$;

CREATE FUNCTION keyproj_may_write_project(p_project bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT coalesce((SELECT keyproj_may_write_in(p.region_id, p.county) FROM project p WHERE p.id = p_project), false)
$$;

-- Where a project is, as people name it: "TM", or "TM 潜江区" with its county.
CREATE FUNCTION keyproj_place(p_region bigint, p_county text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT (SELECT r.code FROM region r WHERE r.id = p_region) || coalesce(' ' || p_county, '')
$$;

-- Refuses the change with SQLSTATE 42501. `reason` is one of unknown, viewer, admin_only,
-- scope; `project` is the code of the project refused (scope, viewer) and `place` where it
-- is; `subject` names the table. The DETAIL carries the same as JSON for keyproj to word.
CREATE FUNCTION keyproj_refuse_access(reason text, subject text, project text, place text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  me keyproj_user;
  role text := keyproj_session_role();
  region text;
  scope text;
  sentence text;
BEGIN
  SELECT * INTO me FROM keyproj_user u WHERE u.name = session_user;
  SELECT r.code INTO region FROM region r WHERE r.id = me.region_id;
  scope := CASE WHEN role = 'officer' THEN 'an officer of ' || region || coalesce(' ' || me.county, '')
                WHEN role IS NULL THEN 'not a user here' ELSE 'a ' || role END;
  sentence := CASE reason
    WHEN 'unknown' THEN format('%s is not a user of this portfolio; an admin adds them with keyproj user add', session_user)
    WHEN 'viewer' THEN format('%s is a viewer and changes nothing%s', session_user,
                              coalesce(' (project ' || project || ')', ''))
    WHEN 'admin_only' THEN format('only an admin changes %s; %s is %s', subject, session_user, scope)
    ELSE format('project %s (%s) is outside the scope of %s, %s', project, place, session_user, scope) END;
  RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'permission denied: ' || sentence,
    DETAIL = json_build_object('reason', reason, 'user', session_user, 'role', role, 'region', region,
                               'county', me.county, 'subject', subject, 'project', project, 'place', place)::text;
END
$$;

-- The guard: BEFORE each row written, for a session that is not an admin. TG_ARGV[0] is the
-- table's kind:
--   project     the project's own row: where it is, before and after;
--   project_id  a row of one project (milestone, report, stage move, problem);
--   milestone   a milestone's due-date move; problem: a problem's entry; report: a
--               superseded report;
--   shared      owners and leaders: officers add them, admins change them;
--   audit       an audit row: of a project the session may write, or of none;
--   admin       settings, plans, programmes, templates, regions, the annual plan.
CREATE FUNCTION keyproj_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  kind text := TG_ARGV[0];
  role text := keyproj_session_role();
  rows_ jsonb[];
  r jsonb;
  project bigint;
  code text;
  region bigint;
  county text;
BEGIN
  IF role = 'admin' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  ELSIF role IS NULL THEN
    PERFORM keyproj_refuse_access('unknown', TG_TABLE_NAME, NULL, NULL);
  END IF;
  IF TG_OP <> 'INSERT' THEN rows_ := rows_ || to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN rows_ := rows_ || to_jsonb(NEW); END IF;
  IF kind IN ('project', 'project_id', 'milestone', 'problem', 'report', 'audit') THEN
    FOREACH r IN ARRAY rows_ LOOP
      IF kind = 'project' THEN
        -- A project being added is in no table yet: its own row says where it is.
        code := r->>'code';
        region := (r->>'region_id')::bigint;
        county := r->>'county';
      ELSE
        project := CASE kind
          WHEN 'milestone' THEN (SELECT m.project_id FROM milestone m WHERE m.id = (r->>'milestone_id')::bigint)
          WHEN 'problem' THEN (SELECT p.project_id FROM problem p WHERE p.id = (r->>'problem_id')::bigint)
          WHEN 'report' THEN (SELECT u.project_id FROM progress_update u WHERE u.id = (r->>'id')::bigint)
          ELSE (r->>'project_id')::bigint END;
        IF kind = 'audit' AND project IS NULL AND role = 'officer' THEN
          CONTINUE;
        END IF;
        SELECT p.code, p.region_id, p.county INTO code, region, county FROM project p WHERE p.id = project;
      END IF;
      IF role = 'viewer' THEN
        PERFORM keyproj_refuse_access('viewer', TG_TABLE_NAME, code, keyproj_place(region, county));
      ELSIF NOT coalesce(keyproj_may_write_in(region, county), false) THEN
        PERFORM keyproj_refuse_access('scope', TG_TABLE_NAME, code, keyproj_place(region, county));
      END IF;
    END LOOP;
  ELSIF role = 'viewer' THEN
    PERFORM keyproj_refuse_access('viewer', TG_TABLE_NAME, NULL, NULL);
  ELSIF kind = 'admin' OR (kind = 'shared' AND TG_OP <> 'INSERT') THEN
    PERFORM keyproj_refuse_access('admin_only', TG_TABLE_NAME, NULL, NULL);
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- The author of a row a user writes is the session's role (TG_ARGV[0] names the column).
CREATE FUNCTION keyproj_author() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF NOT keyproj_session_owns() THEN
    NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], session_user));
  END IF;
  RETURN NEW;
END
$$;

-- One row_change row per statement and table, with all the rows it wrote. A row added is named
-- by its id, where it has one: the row itself is in its table, and what a later statement
-- changes of it is logged then, before and after; reports are never changed at all. An import
-- of a million reports would otherwise log them all a second time.
CREATE FUNCTION keyproj_log_rows() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO row_change (table_name, operation, after)
    SELECT TG_TABLE_NAME, TG_OP, jsonb_agg(coalesce(to_jsonb(n)->'id', to_jsonb(n))) FROM new_rows n HAVING count(*) > 0;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO row_change (table_name, operation, before, after)
    SELECT TG_TABLE_NAME, TG_OP, (SELECT jsonb_agg(to_jsonb(o)) FROM old_rows o), jsonb_agg(to_jsonb(n))
      FROM new_rows n HAVING count(*) > 0;
  ELSE
    INSERT INTO row_change (table_name, operation, before)
    SELECT TG_TABLE_NAME, TG_OP, jsonb_agg(to_jsonb(o)) FROM old_rows o HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END
$$;

-- The tables, their kinds (keyproj_guard) and the author column a user's row is given.
CREATE FUNCTION keyproj_table_kinds(OUT name text, OUT kind text, OUT author text, OUT updated boolean,
                                    OUT deleted boolean)
RETURNS SETOF record LANGUAGE sql IMMUTABLE AS $$
  VALUES ('region', 'admin', NULL, true, false),
         ('plan', 'admin', NULL, true, false),
         ('program', 'admin', NULL, true, false),
         ('owner', 'shared', NULL, true, false),
         ('leader', 'shared', NULL, true, false),
         ('project', 'project', NULL, true, false),
         ('milestone', 'project_id', NULL, true, false),
         ('milestone_move', 'milestone', 'author', false, false),
         ('progress_update', 'project_id', 'author', false, false),
         ('report_superseded', 'report', NULL, false, false),
         ('stage_change', 'project_id', 'author', false, false),
         ('audit', 'audit', 'user', false, false),
         ('setting', 'admin', NULL, true, true),
         ('setting_profile', 'admin', NULL, true, true),
         ('annual_plan', 'admin', 'author', true, true),
         ('problem', 'project_id', NULL, true, false),
         ('problem_entry', 'problem', 'author', false, false),
         ('node_template', 'admin', NULL, true, true),
         ('template_node', 'admin', NULL, true, true)
$$;

DO $$
DECLARE
  t record;
  member text := '(SELECT keyproj_session_role()) IS NOT NULL';
  admin text := '(SELECT keyproj_session_role()) = ''admin''';
  may text;
BEGIN
  FOR t IN SELECT * FROM keyproj_table_kinds() LOOP
    -- An admin's rows are asked nothing more: (SELECT …) is computed once a statement, not
    -- once a row, which an import of a million reports feels.
    may := CASE t.kind
      WHEN 'project' THEN admin || ' OR keyproj_may_write_in(region_id, county)'
      WHEN 'project_id' THEN admin || ' OR keyproj_may_write_project(project_id)'
      WHEN 'milestone' THEN admin || ' OR keyproj_may_write_project((SELECT m.project_id FROM milestone m WHERE m.id = milestone_id))'
      WHEN 'problem' THEN admin || ' OR keyproj_may_write_project((SELECT p.project_id FROM problem p WHERE p.id = problem_id))'
      WHEN 'report' THEN admin || ' OR keyproj_may_write_project((SELECT u.project_id FROM progress_update u WHERE u.id = report_superseded.id))'
      WHEN 'audit' THEN admin || ' OR (SELECT keyproj_session_role()) = ''officer'' AND (project_id IS NULL OR keyproj_may_write_project(project_id))'
      WHEN 'shared' THEN '(SELECT keyproj_session_role()) IN (''admin'', ''officer'')'
      ELSE '(SELECT keyproj_session_role()) = ''admin''' END;
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.name);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.name);
    EXECUTE format('CREATE POLICY keyproj_read ON %I FOR SELECT USING (%s)', t.name, member);
    EXECUTE format('CREATE POLICY keyproj_add ON %I FOR INSERT WITH CHECK (%s)', t.name, may);
    -- Who may update or delete a row is the guard's to say, from the row as it was; the
    -- policy sees only the row as it becomes.
    EXECUTE format('CREATE POLICY keyproj_change ON %I FOR UPDATE USING (%s) WITH CHECK (%s)', t.name, member,
                   CASE WHEN t.kind = 'shared' THEN '(SELECT keyproj_session_role()) = ''admin''' ELSE may END);
    EXECUTE format('CREATE POLICY keyproj_remove ON %I FOR DELETE USING (%s)', t.name, member);
    EXECUTE format('CREATE TRIGGER keyproj_guard BEFORE INSERT OR UPDATE OR DELETE ON %I '
                   'FOR EACH ROW EXECUTE FUNCTION keyproj_guard(%L)', t.name, t.kind);
    IF t.author IS NOT NULL THEN
      EXECUTE format('CREATE TRIGGER keyproj_author BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION keyproj_author(%L)',
                     t.name, t.author);
    END IF;
    EXECUTE format('CREATE TRIGGER keyproj_logged_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION keyproj_log_rows()', t.name);
    EXECUTE format('CREATE TRIGGER keyproj_logged_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows '
                   'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keyproj_log_rows()', t.name);
    EXECUTE format('CREATE TRIGGER keyproj_logged_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                   'FOR EACH STATEMENT EXECUTE FUNCTION keyproj_log_rows()', t.name);
  END LOOP;
END
$$;

-- Who was given and who lost a role here is logged as every other change.
CREATE TRIGGER keyproj_logged_insert AFTER INSERT ON keyproj_user REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION keyproj_log_rows();
CREATE TRIGGER keyproj_logged_update AFTER UPDATE ON keyproj_user REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION keyproj_log_rows();
CREATE TRIGGER keyproj_logged_delete AFTER DELETE ON keyproj_user REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION keyproj_log_rows();

-- What a user of this portfolio may reach: every table and view to read but the access
-- tables, rows to add to the tables, to change in those that change and to remove in those
-- whose rows go; the id sequences (keyproj_next_id moves them). Never TRUNCATE, TRIGGER or
-- REFERENCES.
CREATE FUNCTION keyproj_grant_access(p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  t record;
  s record;
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), p_role);
  EXECUTE format('GRANT SELECT ON schema_migrations TO %I', p_role);
  FOR t IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'v' LOOP
    EXECUTE format('GRANT SELECT ON %I TO %I', t.relname, p_role);
  END LOOP;
  FOR t IN SELECT * FROM keyproj_table_kinds() LOOP
    EXECUTE format('GRANT SELECT, INSERT%s%s ON %I TO %I', CASE WHEN t.updated THEN ', UPDATE' ELSE '' END,
                   CASE WHEN t.deleted THEN ', DELETE' ELSE '' END, t.name, p_role);
  END LOOP;
  FOR s IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'S'
             LOOP
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON SEQUENCE %I TO %I', s.relname, p_role);
  END LOOP;
END
$$;

CREATE FUNCTION keyproj_revoke_access(p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', current_schema(), p_role);
  EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM %I', current_schema(), p_role);
  EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', current_schema(), p_role);
END
$$;

CREATE FUNCTION keyproj_require_admin(subject text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF keyproj_session_role() IS DISTINCT FROM 'admin' THEN
    PERFORM keyproj_refuse_access(CASE WHEN keyproj_session_role() IS NULL THEN 'unknown' ELSE 'admin_only' END,
                                  subject, NULL, NULL);
  END IF;
END
$$;

-- Refuses a session this portfolio does not know, which would read an empty one.
CREATE FUNCTION keyproj_require_user() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF keyproj_session_role() IS NULL THEN
    PERFORM keyproj_refuse_access('unknown', NULL, NULL, NULL);
  END IF;
END
$$;

-- Adds a user: the login role `p_name` is made (with `p_verifier`, a SCRAM verifier libpq
-- computed, as its password; none when NULL) unless the cluster has it already, is given this
-- portfolio's privileges, and gets its keyproj role and scope. Admins only. A superuser cannot
-- be held to a scope and is refused.
CREATE FUNCTION keyproj_user_add(p_name text, p_role text, p_region text, p_county text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  region bigint;
  made boolean := false;
BEGIN
  PERFORM keyproj_require_admin('users');
  IF p_region IS NOT NULL THEN
    SELECT r.id INTO region FROM region r WHERE r.code = p_region;
    IF region IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('no region %s', p_region);
    END IF;
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_name AND r.rolsuper) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = format('permission denied: %s is a superuser, whom no scope holds', p_name),
      DETAIL = json_build_object('reason', 'superuser', 'user', p_name)::text;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = p_name) THEN
    BEGIN
      IF p_verifier IS NULL THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_name);
      ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_name, p_verifier);
      END IF;
      made := true;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      made := false;  -- made meanwhile by another session
    END;
  END IF;
  INSERT INTO keyproj_user (name, role, region_id, county, made_role)
  VALUES (p_name, p_role, region, p_county, CASE WHEN made THEN 1 ELSE 0 END);
  PERFORM keyproj_grant_access(p_name);
END
$$;

-- Removes a user: its row and its privileges here; the login role too when keyproj made it
-- and nothing else on the cluster (another portfolio's privileges) holds it. The owner stays.
CREATE FUNCTION keyproj_user_remove(p_name text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  gone keyproj_user;
BEGIN
  PERFORM keyproj_require_admin('users');
  IF p_name = (SELECT r.rolname FROM pg_roles r WHERE r.oid = (SELECT c.relowner FROM pg_class c WHERE c.oid = 'keyproj_user'::regclass)) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = format('permission denied: %s owns the portfolio and stays its admin', p_name),
      DETAIL = json_build_object('reason', 'owner', 'user', p_name)::text;
  END IF;
  DELETE FROM keyproj_user WHERE name = p_name RETURNING * INTO gone;
  IF gone IS NULL THEN
    RETURN false;
  END IF;
  PERFORM keyproj_revoke_access(p_name);
  IF gone.made_role = 1 THEN
    BEGIN
      EXECUTE format('DROP ROLE %I', p_name);
    EXCEPTION WHEN dependent_objects_still_exist OR object_in_use THEN
      NULL;  -- still a user of another portfolio on the cluster: the role stays for it
    END;
  END IF;
  RETURN true;
END
$$;

-- The users, for admins: name, role, region code, county.
CREATE FUNCTION keyproj_users(OUT name text, OUT role text, OUT region text, OUT county text)
RETURNS SETOF record LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  PERFORM keyproj_require_admin('users');
  RETURN QUERY SELECT u.name, u.role, r.code, u.county FROM keyproj_user u LEFT JOIN region r ON r.id = u.region_id
               ORDER BY u.name COLLATE "C";
END
$$;

-- The session's own role and scope, for anyone: what keyproj names when it refuses.
CREATE FUNCTION keyproj_me(OUT name text, OUT role text, OUT region text, OUT county text)
RETURNS SETOF record LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT session_user::text, keyproj_session_role(), r.code, u.county
    FROM (SELECT 1) one LEFT JOIN keyproj_user u ON u.name = session_user LEFT JOIN region r ON r.id = u.region_id
$$;

-- Which migrations a database has is no secret, and a role this portfolio does not know must
-- find it a keyproj database to be told that it is not one of its users.
GRANT SELECT ON schema_migrations TO PUBLIC;

-- Functions are everyone's to call by default: only those a user needs stay so. The others
-- run inside the guard, the policies and the triggers, as their owner.
REVOKE EXECUTE ON FUNCTION keyproj_grant_access(text), keyproj_revoke_access(text) FROM PUBLIC;

-- A table this migration does not know would be open to every user: none is.
DO $$
DECLARE
  open_ text;
BEGIN
  SELECT string_agg(c.relname, ', ') INTO open_ FROM pg_class c
   WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND NOT c.relforcerowsecurity
     AND c.relname NOT IN ('keyproj_user', 'row_change', 'schema_migrations');
  IF open_ IS NOT NULL THEN
    RAISE EXCEPTION 'tables without row-level security: %', open_;
  END IF;
END
$$;
