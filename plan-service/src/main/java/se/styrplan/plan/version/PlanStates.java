package se.styrplan.plan.version;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import se.styrplan.plan.version.VersionViews.PlanView;

/**
 * A plan's own fields and the version in force, in one plain JDBC query and without a transaction: what
 * {@link AdoptedTreeCache} re-reads to learn whether a cached tree's plan part is still true. The version in force
 * is chosen as {@link PlanVersion#current} chooses it (the adopted version with the highest number).
 */
@ApplicationScoped
public class PlanStates {

    private static final String QUERY = """
            select p.key, p.title, p.municipality_code, p.municipality_name,
                   (select v.id from plan_version v where v.plan_id = p.id and v.status = 'adopted'
                    order by v.number desc limit 1) as current_version_id
              from plan p where p.id = ?""";

    @Inject
    AgroalDataSource dataSource;

    /** The plan as {@link PlanView#of} shows it, or null when there is no such plan. */
    public PlanView read(UUID planId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setObject(1, planId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new PlanView(planId, row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getObject(5, UUID.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read plan " + planId, e);
        }
    }
}
