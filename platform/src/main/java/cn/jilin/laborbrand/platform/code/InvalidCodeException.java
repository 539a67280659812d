package cn.jilin.laborbrand.platform.code;

/**
 * A resident ID or credit code that fails its standard. Carries a message-bundle key so that the page can say
 * precisely what is wrong, in the user's language.
 */
public class InvalidCodeException extends IllegalArgumentException {

    private final String messageKey;
    InvalidCodeException(String messageKey, String englishMessage) {
        super(englishMessage);
        this.messageKey = messageKey;
    }

    /** Key in the message bundles, e.g. {@code code.residentId.checkCharacter}. */
    public String messageKey() {
        return messageKey;
    }
}
