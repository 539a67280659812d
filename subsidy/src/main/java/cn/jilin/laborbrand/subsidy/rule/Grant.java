package cn.jilin.laborbrand.subsidy.rule;

import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import java.time.LocalDate;

/**
 * One person's share of a subsidy: granted already (a live line of another claim — submitted, approved, on notice,
 * payable, in a batch or paid, whoever was paid) or asked for now. The person is their resident ID's keyed hash.
 *
 * @param claimNumber the claim it belongs to (for the explanation), null for one asked for now
 * @param skillLevel  5 初级 … 1 高级技师, or null
 */
public record Grant(String personIndex, String personName, SubsidyKind kind, String occupationCode, Integer skillLevel, int year,
                    LocalDate evidenceDate, String claimNumber) {
}
