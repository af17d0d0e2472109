package se.styrplan.indicator.catalogue;

/**
 * An enumeration spelled the same way in the API, the events and the database: a stable lowercase code that
 * does not change when a Java constant is renamed.
 */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("No " + type.getSimpleName() + " has the code '" + code + "'");
    }
}
