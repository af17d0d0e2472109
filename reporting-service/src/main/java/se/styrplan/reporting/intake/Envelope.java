package se.styrplan.reporting.intake;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A CloudEvent 1.0 in structured JSON mode, as read from a Kafka record's value (docs/events.md). */
record Envelope(String id, String type, String source, String subject, OffsetDateTime time, JsonNode data) {

    static Envelope parse(String value, ObjectMapper json) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("empty message: a CloudEvent in structured JSON mode was expected");
        }
        JsonNode root;
        try {
            root = json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new UnreadableEventException("not a JSON object: a CloudEvent in structured JSON mode was expected");
        }
        if (!"1.0".equals(root.path("specversion").asText())) {
            throw new UnreadableEventException("not a CloudEvent 1.0: specversion is '" + root.path("specversion").asText() + "'");
        }
        String id = text(root, "id");
        String type = text(root, "type");
        if (id == null || type == null) {
            throw new UnreadableEventException("a CloudEvent without " + (id == null ? "id" : "type"));
        }
        OffsetDateTime time = null;
        if (root.hasNonNull("time")) {
            try {
                time = OffsetDateTime.parse(root.get("time").asText());
            } catch (RuntimeException e) {
                throw new UnreadableEventException("time is not an RFC 3339 timestamp: " + root.get("time").asText(), e);
            }
        }
        return new Envelope(id, type, text(root, "source"), text(root, "subject"), time, root.get("data"));
    }

    /** The payload as the type's record; a payload that does not bind is unreadable. */
    <T> T data(Class<T> type, ObjectMapper json) {
        if (data == null || !data.isObject()) {
            throw new UnreadableEventException(this.type + " without a data object");
        }
        try {
            return json.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEventException(this.type + " has a payload that does not match its contract: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}
