package se.styrplan.indicator.measurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.styrplan.indicator.area.AreaRepository;
import se.styrplan.indicator.catalogue.Coded;
import se.styrplan.indicator.catalogue.IndicatorUnit;
import se.styrplan.platform.problem.ApiException;
import se.styrplan.platform.problem.Problem.FieldError;

/**
 * Checks a batch of values for one indicator row by row and refuses it whole when any row is invalid, listing
 * every invalid row by its index ({@code [3].areaCode}) and reason, so the caller can fix all of them at once.
 */
@ApplicationScoped
class BatchValidator {

    @Inject
    AreaRepository areas;

    /** A row that passed: gender and status defaulted, value normalised. */
    record ValidRow(int index, MeasurementKey key, BigDecimal value, MeasurementStatus status) {
    }

    List<ValidRow> validate(UUID indicatorId, IndicatorUnit unit, List<ValueInput> rows) {
        Set<String> knownAreas = areas.existing(rows.stream().filter(Objects::nonNull).map(ValueInput::areaCode)
                .filter(code -> code != null && ValueRules.AREA_CODE.matcher(code).matches()).toList());
        List<FieldError> errors = new ArrayList<>();
        List<ValidRow> valid = new ArrayList<>(rows.size());
        Map<MeasurementKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ValueInput row = rows.get(i);
            String at = "[" + i + "]";
            if (row == null) {
                errors.add(new FieldError(at, "must be a value object, not null"));
                continue;
            }
            int before = errors.size();
            String gender = row.gender() == null ? Gender.T.code() : row.gender();
            String statusCode = row.status() == null ? MeasurementStatus.FINAL.code() : row.status();

            if (row.areaCode() == null || !ValueRules.AREA_CODE.matcher(row.areaCode()).matches()) {
                errors.add(new FieldError(at + ".areaCode", "must be a 4-digit area code, e.g. 1780"));
            } else if (!knownAreas.contains(row.areaCode())) {
                errors.add(new FieldError(at + ".areaCode", "no area has the code " + row.areaCode() + " (see listAreas)"));
            }
            String periodProblem = ValueRules.periodProblem(row.period());
            if (periodProblem != null) {
                errors.add(new FieldError(at + ".period", periodProblem));
            }
            if (!Gender.isCode(gender)) {
                errors.add(new FieldError(at + ".gender", "must be one of T, K, M"));
            }
            MeasurementStatus status = null;
            if (!statusCode.matches(MeasurementStatus.CODES)) {
                errors.add(new FieldError(at + ".status", "must be one of " + MeasurementStatus.CODES.replace("|", ", ")));
            } else {
                status = Coded.fromCode(MeasurementStatus.class, statusCode);
            }
            if (status == MeasurementStatus.SUPPRESSED && row.value() != null) {
                errors.add(new FieldError(at + ".value", "must be absent when the status is suppressed"));
            } else if (status != null && status != MeasurementStatus.SUPPRESSED && row.value() == null) {
                errors.add(new FieldError(at + ".value", "is required unless the status is suppressed"));
            } else if (row.value() != null) {
                String valueProblem = ValueRules.valueProblem(row.value(), unit);
                if (valueProblem != null) {
                    errors.add(new FieldError(at + ".value", valueProblem));
                }
            }
            if (errors.size() > before) {
                continue;
            }
            MeasurementKey key = new MeasurementKey(indicatorId, row.areaCode(), row.period(), gender);
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                errors.add(new FieldError(at, "repeats row " + first + " (same areaCode, period and gender)"));
                continue;
            }
            valid.add(new ValidRow(i, key, ValueRules.normalised(row.value()), status));
        }
        if (!errors.isEmpty()) {
            long badRows = errors.stream().map(e -> e.field().substring(0, e.field().indexOf(']') + 1)).distinct().count();
            throw new ApiException(400, "validation", "Invalid request",
                    badRows + " of " + rows.size() + " values are invalid; nothing was written", errors);
        }
        return valid;
    }
}
