package se.styrplan.indicator.imports;

import java.util.AbstractList;
import java.util.Arrays;

import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.measurement.Gender;
import se.styrplan.indicator.measurement.MeasurementStatus;
import se.styrplan.indicator.measurement.events.MeasurementsRecorded;

/**
 * One indicator's new values in a chunk, for its MeasurementsRecorded events: references to the chunk's rows, each
 * value made only when the event is serialised, so that a chunk's events cost an int per value until then.
 */
final class ChunkValues extends AbstractList<MeasurementsRecorded.Value> {

    private final Chunk chunk;
    /** A packed row's index, or -1 - j for the chunk's j-th other row. */
    private int[] rows = new int[64];
    private int size;

    ChunkValues(Chunk chunk) {
        this.chunk = chunk;
    }

    void addPacked(int i) {
        append(i);
    }

    void addOther(int j) {
        append(-1 - j);
    }

    @Override
    public MeasurementsRecorded.Value get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int row = rows[index];
        if (row >= 0) {
            return new MeasurementsRecorded.Value(chunk.areaCode(row), chunk.period(row), chunk.gender(row), chunk.value(row),
                    chunk.status(row), 1, null, null);
        }
        RowChecks.Staged other = chunk.others().get(-1 - row);
        return new MeasurementsRecorded.Value(other.areaCode(), other.period(), Gender.valueOf(other.gender()), other.value(),
                Coded.fromCode(MeasurementStatus.class, other.status()), 1, null, null);
    }

    @Override
    public int size() {
        return size;
    }

    private void append(int row) {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, size * 2);
        }
        rows[size++] = row;
    }
}
