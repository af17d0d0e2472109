package se.styrplan.indicator;

import jakarta.ws.rs.Path;

import se.styrplan.platform.audit.AuditEndpoint;

/** indicator-service's audit log. */
@Path("/api/indicators/audit")
public class AuditResource extends AuditEndpoint {
}
