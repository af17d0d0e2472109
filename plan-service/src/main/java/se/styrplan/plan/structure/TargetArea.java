package se.styrplan.plan.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A target area (målområde), e.g. "En miljösmart kommun", holding goals. */
@Entity
@Table(name = "target_area")
public class TargetArea extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TextBlock> description = new ArrayList<>();

    @Column(nullable = false)
    public int position;

    public static List<TargetArea> ofVersion(UUID versionId) {
        return list("versionId = ?1 order by position", versionId);
    }
}
