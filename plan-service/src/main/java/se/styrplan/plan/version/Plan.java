package se.styrplan.plan.version;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A municipality's strategic plan; its content lives in its versions. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String title;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "municipality_name")
    public String municipalityName;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static Plan byKey(String key) {
        return find("key", key).firstResult();
    }
}
