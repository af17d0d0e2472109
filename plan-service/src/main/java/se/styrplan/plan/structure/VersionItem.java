package se.styrplan.plan.structure;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What sections, target areas and goals have in common: they belong to one version, keep a stable key across
 * versions, have a title and an order among their siblings.
 */
@MappedSuperclass
public abstract class VersionItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int position;

    /** Numbers the items 0, 1, 2 … in list order. */
    public static void renumber(List<? extends VersionItem> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).position = i;
        }
    }
}
