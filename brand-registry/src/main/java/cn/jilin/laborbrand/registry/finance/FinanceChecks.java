package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.platform.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The rules both registers share: required text and its length, money in 元 with two decimals, dates. */
final class FinanceChecks {

    static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");
    static final int EARLIEST_YEAR = 2000;

    private FinanceChecks() {
    }

    static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "NotBlank");
        }
        if (value.strip().length() > max) {
            throw new RuleViolation(field, "finance.text.tooLong." + max);
        }
    }

    static void note(String value) {
        if (value != null && value.strip().length() > 500) {
            throw new RuleViolation("note", "finance.text.tooLong.500");
        }
    }

    static void money(String field, BigDecimal amount, boolean zeroAllowed) {
        if (amount == null) {
            throw new RuleViolation(field, "NotNull");
        }
        if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
            throw new RuleViolation(field, zeroAllowed ? "PositiveOrZero" : "finance.money.positive");
        }
        if (amount.compareTo(MAX_MONEY) > 0) {
            throw new RuleViolation(field, "finance.money.large");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "finance.money.scale");
        }
    }

    static void date(String field, LocalDate date) {
        if (date == null) {
            throw new RuleViolation(field, "NotNull");
        }
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > 2100) {
            throw new RuleViolation(field, "finance.date.range");
        }
    }
}
