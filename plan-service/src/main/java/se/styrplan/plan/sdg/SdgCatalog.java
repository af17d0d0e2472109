package se.styrplan.plan.sdg;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import se.styrplan.platform.problem.ApiException;

/** The 17 SDGs, read once: they are reference data that only a migration changes. */
@ApplicationScoped
public class SdgCatalog {

    private volatile Map<Integer, SdgView> byNumber;

    public List<SdgView> all() {
        return byNumber().values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
    }

    public SdgView get(int number) {
        SdgView sdg = byNumber().get(number);
        if (sdg == null) {
            throw ApiException.notFound("SDG", number);
        }
        return sdg;
    }

    public List<SdgView> of(List<Integer> numbers) {
        return numbers.stream().map(this::get).toList();
    }

    private Map<Integer, SdgView> byNumber() {
        if (byNumber == null) {
            byNumber = QuarkusTransaction.joiningExisting().call(() -> Sdg.<Sdg>listAll().stream()
                    .map(SdgView::of).collect(Collectors.toUnmodifiableMap(SdgView::number, Function.identity())));
        }
        return byNumber;
    }
}
