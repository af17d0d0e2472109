-- Baseline of gateway's own schema. The platform's migrations (db/platform: audit log, outbox) run first.
comment on schema public is 'Styrplan gateway: the one entry: routing, single sign-on, user administration and the web UI';
