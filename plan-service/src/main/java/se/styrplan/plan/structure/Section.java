package se.styrplan.plan.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An introduction section of a plan version ("Inledning", "Tillit och sammanhållning", ...). */
@Entity
@Table(name = "section")
public class Section extends VersionItem {

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<TextBlock> blocks = new ArrayList<>();

    public static List<Section> ofVersion(UUID versionId) {
        return list("versionId = ?1 order by position", versionId);
    }
}
