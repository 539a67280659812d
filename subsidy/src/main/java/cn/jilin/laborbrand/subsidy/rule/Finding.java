package cn.jilin.laborbrand.subsidy.rule;

import java.io.Serializable;
import java.util.List;

/**
 * What the rule engine found: the rule, the person it concerns (null for the claim as a whole), and the reason as a
 * message key with its arguments, so that the page explains it in the user's language. Every finding blocks the claim.
 */
public record Finding(String rule, String personName, String messageKey, List<String> arguments) implements Serializable {

    public Finding {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static Finding of(String rule, String personName, Object... arguments) {
        return new Finding(rule, personName, "subsidy.rule." + rule, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
