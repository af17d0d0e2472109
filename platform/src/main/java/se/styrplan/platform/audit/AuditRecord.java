package se.styrplan.platform.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the API shows it. */
@Schema(name = "AuditRecord", description = "One write in the append-only audit log")
public record AuditRecord(
        @Schema(description = "Position in the log") Long id,
        @Schema(description = "When the write was committed") OffsetDateTime at,
        @Schema(description = "Who wrote: username, client id, or 'system'") String actor,
        @Schema(description = "What was done, e.g. goal.update", examples = "goal.update") String action,
        @Schema(description = "Kind of thing written", examples = "goal") String entityType,
        @Schema(description = "Its id") String entityId,
        @Schema(description = "State before the write (absent for a creation)") JsonNode before,
        @Schema(description = "State after the write (absent for a removal)") JsonNode after,
        @Schema(description = "The request that made the write") String requestId) {
}
