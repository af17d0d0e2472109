package se.styrplan.plan.sdg;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One of the UN's 17 Sustainable Development Goals (Agenda 2030): reference data, loaded by migration. */
@Entity
@Table(name = "sdg")
public class Sdg extends PanacheEntityBase {

    @Id
    public int number;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
