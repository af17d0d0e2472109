package se.styrplan.indicator.imports;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import, as the {@code import_job} table keeps it. The importers update its counts chunk by chunk. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    public UUID id;

    @Convert(converter = ImportKind.JpaConverter.class)
    @Column(nullable = false, updatable = false)
    public ImportKind kind;

    @Convert(converter = ImportStatus.JpaConverter.class)
    @Column(nullable = false)
    public ImportStatus status;

    /** csv, ndjson, xlsx, kolada or demo. */
    public String format;

    @Column(name = "file_name")
    public String fileName;

    public long received;
    public long inserted;
    public long updated;
    public long unchanged;
    public long rejected;
    public int chunks;

    @Column(name = "work_done")
    public long workDone;

    @Column(name = "work_total")
    public Long workTotal;

    @Column(name = "work_unit", nullable = false)
    public String workUnit;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "failure_reason")
    public String failureReason;

    @JdbcTypeCode(SqlTypes.JSON)
    public String parameters;
}
