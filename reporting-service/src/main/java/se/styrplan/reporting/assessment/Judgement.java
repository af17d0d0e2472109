package se.styrplan.reporting.assessment;

/** The owner's own judgement of a goal for a year, in the municipality's words. */
public enum Judgement {
    UPPFYLLT("uppfyllt", "Uppfyllt"),
    DELVIS_UPPFYLLT("delvis_uppfyllt", "Delvis uppfyllt"),
    EJ_UPPFYLLT("ej_uppfyllt", "Ej uppfyllt");

    /** For validation messages and the request's pattern. */
    public static final String CODES = "uppfyllt|delvis_uppfyllt|ej_uppfyllt";

    private final String code;
    private final String label;

    Judgement(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** As shown to readers of the reports. */
    public String label() {
        return label;
    }

    public static Judgement fromCode(String code) {
        for (Judgement j : values()) {
            if (j.code.equals(code)) {
                return j;
            }
        }
        throw new IllegalArgumentException("No judgement has the code " + code);
    }
}
