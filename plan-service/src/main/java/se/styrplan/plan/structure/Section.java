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

/** An introduction section of a plan version ("Inledning", "Tillit och sammanhållning", ...). */
@Entity
@Table(name = "section")
public class Section extends PanacheEntityBase {

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
    public List<TextBlock> blocks = new ArrayList<>();

    @Column(nullable = false)
    public int position;

    public static List<Section> ofVersion(UUID versionId) {
        return list("versionId = ?1 order by position", versionId);
    }
}
