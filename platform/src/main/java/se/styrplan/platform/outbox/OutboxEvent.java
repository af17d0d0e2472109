package se.styrplan.platform.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event waiting in the {@code outbox_event} table for the relay to send it to Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true, updatable = false)
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "event_key", nullable = false, updatable = false)
    public String key;

    @Column(nullable = false, updatable = false)
    public String type;

    @Column(nullable = false, updatable = false)
    public String envelope;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
