package se.styrplan.indicator.target;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The desired value of an indicator in a year (and gender), as the {@code target} table keeps it. */
@Entity
@Table(name = "target")
public class Target {

    @EmbeddedId
    public TargetKey key;

    @Column(nullable = false)
    public BigDecimal value;

    public String comment;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public OffsetDateTime setAt;
}
