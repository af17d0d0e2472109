package se.styrplan.indicator.area;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A named set of areas the own municipality compares itself with; the own municipality and the country are members. */
@Entity
@Table(name = "comparison_set")
public class ComparisonSet {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @ManyToOne(optional = false)
    @JoinColumn(name = "own_area_code", nullable = false)
    public Area ownArea;

    @ManyToMany
    @JoinTable(name = "comparison_set_member",
            joinColumns = @JoinColumn(name = "set_code"),
            inverseJoinColumns = @JoinColumn(name = "area_code"))
    public Set<Area> members = new LinkedHashSet<>();
}
