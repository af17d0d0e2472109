package se.styrplan.plan.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A target area (målområde), e.g. "En miljösmart kommun", holding goals. */
@Entity
@Table(name = "target_area")
public class TargetArea extends VersionItem {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TextBlock> description = new ArrayList<>();

    public static List<TargetArea> ofVersion(UUID versionId) {
        return list("versionId = ?1 order by position", versionId);
    }
}
