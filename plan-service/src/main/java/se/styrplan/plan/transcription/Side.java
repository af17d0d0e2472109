package se.styrplan.plan.transcription;

/**
 * Which side of a marked-up document to read: the text before the proposal (unchanged and removed runs, items not
 * added) or after it (unchanged and added runs, items not removed).
 */
enum Side {
    BEFORE(Transcription.ADDED),
    AFTER(Transcription.REMOVED);

    private final String leftOut;

    Side(String leftOut) {
        this.leftOut = leftOut;
    }

    /** Whether an item or text run with this mark belongs to this side. */
    boolean includes(String mark) {
        return !leftOut.equals(mark);
    }
}
