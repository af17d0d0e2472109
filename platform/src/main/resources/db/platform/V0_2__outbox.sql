-- Transactional outbox: events written in the same transaction as the change, relayed to Kafka afterwards.
create table outbox_event (
    seq            bigint generated always as identity primary key, -- relay order
    id             uuid        not null unique,                     -- the CloudEvent id
    topic          text        not null,
    event_key      text        not null,                            -- Kafka key: the aggregate's id
    type           text        not null,
    envelope       text        not null,                            -- the whole CloudEvent JSON (structured mode), sent as is
    created_at     timestamptz not null default now()
);
