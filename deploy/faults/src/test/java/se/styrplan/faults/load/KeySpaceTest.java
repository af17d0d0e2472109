package se.styrplan.faults.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class KeySpaceTest {

    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Catalogue.Indicator("a", UUID.randomUUID(), "percent", false),
            new Catalogue.Indicator("b", UUID.randomUUID(), "count", true)));
    private static final List<String> AREAS = List.of("0000", "1780", "1001");
    private static final int YEARS = KeySpace.LAST_YEAR - KeySpace.FIRST_YEAR + 1;

    @Test
    void holdsEveryKeyOnceWithGendersOnlyWhereTheIndicatorIsSplit() {
        KeySpace space = new KeySpace(CATALOGUE, AREAS, 1);
        assertThat(space.size()).isEqualTo(AREAS.size() * YEARS * (1 + 3));
        Set<String> seen = new HashSet<>();
        long[] all = space.take(space.size());
        for (long key : all) {
            String text = space.indicator(key).key() + "/" + space.area(key) + "/" + space.year(key) + "/" + space.gender(key);
            assertThat(seen.add(text)).as("key %s once", text).isTrue();
            if (space.indicator(key).key().equals("a")) {
                assertThat(space.gender(key)).isEqualTo("T");
            }
            assertThat(space.year(key)).isBetween(KeySpace.FIRST_YEAR, KeySpace.LAST_YEAR);
            assertThat(AREAS).contains(space.area(key));
        }
        assertThat(seen).contains("b/1001/" + KeySpace.LAST_YEAR + "/M", "a/0000/" + KeySpace.FIRST_YEAR + "/T");
    }

    @Test
    void successiveTakesShareNoKeyAndEachIsSortedByIndicator() {
        KeySpace space = new KeySpace(CATALOGUE, AREAS, 1);
        long[] first = space.take(100);
        long[] second = space.take(100);
        Set<Long> firstKeys = new HashSet<>();
        for (long k : first) {
            firstKeys.add(k);
        }
        for (long k : second) {
            assertThat(firstKeys).doesNotContain(k);
        }
        for (int i = 1; i < first.length; i++) {
            assertThat(first[i]).isGreaterThan(first[i - 1]);
        }
        assertThat(space.remaining()).isEqualTo(space.size() - 200);
    }

    @Test
    void aTakeBeyondTheSpaceIsRefused() {
        KeySpace space = new KeySpace(CATALOGUE, AREAS, 1);
        assertThatThrownBy(() -> space.take(space.size() + 1)).isInstanceOf(IllegalStateException.class);
    }
}
