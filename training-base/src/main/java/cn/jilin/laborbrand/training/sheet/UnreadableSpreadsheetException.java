package cn.jilin.laborbrand.training.sheet;

/** The upload as a whole cannot be read as an .xlsx roster: not an .xlsx, corrupted, or a zip bomb. */
public class UnreadableSpreadsheetException extends RuntimeException {

    private final String messageKey;

    public UnreadableSpreadsheetException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
