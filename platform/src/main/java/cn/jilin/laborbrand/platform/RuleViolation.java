package cn.jilin.laborbrand.platform;

import java.util.List;

/**
 * A request that breaks a business rule. Carries message-bundle keys (and the form field they belong to, if any) so
 * that the page shows the reason in the user's language and keeps what was entered. Nothing was changed.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final List<String> messageKeys;

    public RuleViolation(String field, List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.field = field;
        this.messageKeys = List.copyOf(messageKeys);
    }

    public RuleViolation(String field, String messageKey) {
        this(field, List.of(messageKey));
    }

    /** A rule about the request as a whole. */
    public RuleViolation(String messageKey) {
        this(null, List.of(messageKey));
    }

    /** The form field at fault, or null when the rule concerns the whole request. */
    public String field() {
        return field;
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
