package se.styrplan.indicator.area;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality, region or the country, by its 4-digit code (the codes Kolada and SCB use). */
@Entity
@Table(name = "area")
public class Area {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Convert(converter = AreaKind.JpaConverter.class)
    @Column(nullable = false)
    public AreaKind kind;
}
