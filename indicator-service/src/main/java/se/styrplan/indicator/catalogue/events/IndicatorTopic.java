package se.styrplan.indicator.catalogue.events;

/** The topic of every indicator-service event; the Kafka key is the indicator's id, so its events stay in order. */
public final class IndicatorTopic {

    public static final String NAME = "styrplan.indicator.v1";

    private IndicatorTopic() {
    }

    /** The CloudEvents subject of an indicator's events. */
    public static String subject(Object indicatorId) {
        return "indicators/" + indicatorId;
    }
}
