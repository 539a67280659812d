package cn.jilin.laborbrand.registry.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pledge loan as entered: the pledged mark (a trademark or patent of the brand), the bank, the amount in 元, the
 * grant date and term in months (the due date follows from them), and a note.
 */
public record PledgeDetails(Long markId, String bank, BigDecimal amount, LocalDate grantedOn, Integer termMonths, String note) {
}
