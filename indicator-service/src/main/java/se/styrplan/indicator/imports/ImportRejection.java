package se.styrplan.indicator.imports;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row an import refused, as the {@code import_rejection} table keeps it (written by the set-based chunk statement). */
@Entity
@Table(name = "import_rejection")
@IdClass(ImportRejection.Key.class)
public class ImportRejection {

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Id
    public long line;

    @Column(nullable = false)
    public String reason;

    public String raw;

    /** The primary key: job and line. */
    public static class Key implements Serializable {
        public UUID jobId;
        public long line;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(jobId, key.jobId) && line == key.line;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(jobId, line);
        }
    }
}
