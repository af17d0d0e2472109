package se.styrplan.reporting;

import jakarta.ws.rs.Path;

import se.styrplan.platform.audit.AuditEndpoint;

/** reporting-service's audit log. */
@Path("/api/reports/audit")
public class AuditResource extends AuditEndpoint {
}
