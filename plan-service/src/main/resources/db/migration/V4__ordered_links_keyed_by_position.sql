-- A goal's SDG links and indicator links are ordered lists (JPA @ElementCollection with @OrderColumn), which Hibernate
-- writes by position: removing the first of three rewrites rows 0 and 1 in place and deletes row 2. Keyed by
-- (goal, sdg) or (goal, indicator), the first rewrite collided with the row not yet rewritten. So the primary key is
-- the position, and "each SDG or indicator once per goal" a unique constraint checked at commit, when the list is
-- whole again (the service refuses duplicates in a request before that).
alter table goal_sdg drop constraint goal_sdg_pkey;
alter table goal_sdg add primary key (goal_id, position);
alter table goal_sdg add constraint goal_sdg_once unique (goal_id, sdg_number) deferrable initially deferred;

alter table goal_indicator drop constraint goal_indicator_pkey;
alter table goal_indicator add primary key (goal_id, position);
alter table goal_indicator add constraint goal_indicator_once unique (goal_id, indicator_id) deferrable initially deferred;
