package se.styrplan.indicator.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import se.styrplan.indicator.area.AreaRepository;
import se.styrplan.indicator.catalogue.Indicator;
import se.styrplan.indicator.catalogue.IndicatorRepository;
import se.styrplan.indicator.catalogue.IndicatorUnit;
import se.styrplan.indicator.measurement.ValueRules;

/**
 * What only the database knows about a chunk's rows, read once per chunk in its transaction: the indicators they name
 * (by key or by id) and which of their area codes exist. With it, the reasons tell why a row that passed
 * {@link RowChecks} is still refused: the indicator or the area does not exist, the writer may not write the
 * indicator's department, or the value lies outside its unit's range.
 */
final class ChunkCatalogue {

    /** Each unit's range, where it has one (ValueRules makes the bounds anew on every call). */
    private static final Map<IndicatorUnit, BigDecimal[]> RANGES = new EnumMap<>(IndicatorUnit.class);

    static {
        for (IndicatorUnit unit : IndicatorUnit.values()) {
            BigDecimal[] range = ValueRules.rangeOf(unit);
            if (range != null) {
                RANGES.put(unit, range);
            }
        }
    }

    private final Map<String, Indicator> byKey = new HashMap<>();
    private final Map<UUID, Indicator> byId = new HashMap<>();
    private final Set<String> areas;
    private final ChunkLoader.Writer writer;
    /** Whether each of the chunk's packed area codes (by its number) exists. */
    private final boolean[] packedAreaKnown;
    /** The last indicator looked up by id: a chunk's rows come grouped by indicator. */
    private UUID lastId;
    private Indicator lastFound;

    private ChunkCatalogue(List<Indicator> indicators, Set<String> areas, ChunkLoader.Writer writer, Chunk chunk) {
        indicators.forEach(i -> {
            byKey.put(i.key, i);
            byId.put(i.id, i);
        });
        this.areas = areas;
        this.writer = writer;
        packedAreaKnown = new boolean[chunk.areaCodeCount()];
        for (int number = 0; number < packedAreaKnown.length; number++) {
            packedAreaKnown[number] = areas.contains(chunk.areaCodeOf(number));
        }
    }

    static ChunkCatalogue read(Chunk chunk, ChunkLoader.Writer writer, IndicatorRepository indicators, AreaRepository areaRepository) {
        Set<String> keys = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        UUID previous = null;
        for (int i = 0; i < chunk.packed(); i++) {
            UUID id = chunk.indicatorId(i, previous);
            if (id != previous) {
                ids.add(id);
                previous = id;
            }
        }
        for (int number = 0; number < chunk.areaCodeCount(); number++) {
            codes.add(chunk.areaCodeOf(number));
        }
        for (RowChecks.Staged row : chunk.others()) {
            if (row.problem() == null) {
                if (row.indicatorId() != null) {
                    ids.add(row.indicatorId());
                } else {
                    keys.add(row.indicatorKey());
                }
                codes.add(row.areaCode());
            }
        }
        List<Indicator> found = new ArrayList<>();
        if (!keys.isEmpty()) {
            found.addAll(indicators.list("key in ?1", keys));
        }
        if (!ids.isEmpty()) {
            found.addAll(indicators.list("id in ?1", ids));
        }
        return new ChunkCatalogue(found, areaRepository.existing(codes), writer, chunk);
    }

    /** The indicator with this id, or null when there is none. */
    Indicator indicator(UUID id) {
        if (!id.equals(lastId)) {
            lastId = id;
            lastFound = byId.get(id);
        }
        return lastFound;
    }

    /** The indicator a row that is not packed names, or null when there is none. */
    Indicator indicator(RowChecks.Staged row) {
        return row.indicatorId() != null ? indicator(row.indicatorId()) : byKey.get(row.indicatorKey());
    }

    /** Why a packed row is refused, or null when it may be written. */
    String reason(Chunk chunk, int i, UUID id) {
        return reason(indicator(id), id, chunk.indicatorKey(i, id), packedAreaKnown[chunk.areaNumber(i)], chunk.areaCode(i),
                chunk, i);
    }

    /** Why a row that is not packed is refused (its problem, when its text had one), or null when it may be written. */
    String reason(RowChecks.Staged row) {
        return row.problem() != null ? row.problem()
                : reason(indicator(row), row.indicatorId(), row.indicatorKey(), areas.contains(row.areaCode()), row.areaCode(), row.value());
    }

    private String reason(Indicator indicator, UUID id, String key, boolean areaKnown, String areaCode, Chunk chunk, int i) {
        // the value is made only for a unit with a range
        return reason(indicator, id, key, areaKnown, areaCode,
                indicator != null && RANGES.containsKey(indicator.unit) ? chunk.value(i) : null);
    }

    /** The checks of what the database knows, in the order their reasons are given; {@code key} null when named by id. */
    private String reason(Indicator indicator, UUID id, String key, boolean areaKnown, String areaCode, BigDecimal value) {
        if (indicator == null) {
            return key != null ? "indicatorKey: no indicator has the key " + key : "indicatorId: no indicator has the id " + id;
        }
        if (!areaKnown) {
            return "areaCode: no area has the code " + areaCode + " (see listAreas)";
        }
        if (!writer.writesEveryDepartment()
                && (indicator.owningDepartment == null || !writer.departments().contains(indicator.owningDepartment))) {
            return indicator.owningDepartment == null
                    ? "indicator " + indicator.key + " has no owning department: only planners and admins may write its values"
                    : "only editors of " + indicator.owningDepartment + ", planners and admins may write the values of indicator "
                            + indicator.key;
        }
        BigDecimal[] range = RANGES.get(indicator.unit);
        if (range != null && value != null && (value.compareTo(range[0]) < 0 || value.compareTo(range[1]) > 0)) {
            return "value: " + ValueRules.rangeProblem(range[0], range[1], indicator.unit);
        }
        return null;
    }

    /** A refused packed row's fields as the import's rejection keeps them, joined by commas. */
    static String raw(Chunk chunk, int i, UUID id) {
        String key = chunk.indicatorKey(i, id);
        BigDecimal value = chunk.value(i);
        return joined(key != null ? key : id.toString(), chunk.areaCode(i), chunk.period(i), chunk.gender(i).code(),
                value == null ? null : value.toPlainString(), chunk.status(i).code());
    }

    /** A refused row's fields as the import's rejection keeps them: the row as read, else its fields joined by commas. */
    static String raw(RowChecks.Staged row) {
        String raw = row.raw() != null ? row.raw()
                : joined(row.indicatorKey() != null ? row.indicatorKey() : row.indicatorId() == null ? null : row.indicatorId().toString(),
                        row.areaCode(), row.period(), row.gender(), row.value() == null ? null : row.value().toPlainString(), row.status());
        return raw.length() > 200 ? raw.substring(0, 200) : raw;
    }

    /** The fields that are there, joined by commas (as SQL's concat_ws did). */
    private static String joined(String... fields) {
        StringBuilder joined = new StringBuilder();
        for (String field : fields) {
            if (field != null) {
                joined.append(joined.length() == 0 ? "" : ",").append(field);
            }
        }
        return joined.length() > 200 ? joined.substring(0, 200) : joined.toString();
    }
}
