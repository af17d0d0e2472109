package se.styrplan.reporting.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The ids of the events already applied: recorded in the transaction of their effect, so a repeat is skipped. */
@ApplicationScoped
class ProcessedEvents {

    @Inject
    EntityManager em;

    /**
     * Records the event as processed. Returns false when it already was (a redelivery): the caller then does
     * nothing. A concurrent first delivery of the same id waits here for the other transaction and then sees it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstTime(Envelope event, ConsumerRecord<String, String> record, boolean applied) {
        return em.createNativeQuery("""
                insert into processed_event (event_id, type, topic, kafka_partition, kafka_offset, outcome)
                values (:id, :type, :topic, :partition, :offset, :outcome)
                on conflict (event_id) do nothing
                """).setParameter("id", event.id()).setParameter("type", event.type()).setParameter("topic", record.topic())
                .setParameter("partition", record.partition()).setParameter("offset", record.offset())
                .setParameter("outcome", applied ? "applied" : "ignored").executeUpdate() == 1;
    }
}
