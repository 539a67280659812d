package cn.jilin.laborbrand.training.startup;

import java.time.LocalDate;

/**
 * A start-up as a subsidy claim rests on it (二(三)1 一次性创业补贴, 创业担保贷款贴息): where it is, its brand, when it was
 * founded, its founder as another module keeps a person (name, encrypted resident ID and its keyed hash; never in clear)
 * and whether it holds a guaranteed loan.
 */
public record StartupFounder(long startupId, String name, String regionCode, long brandId, LocalDate foundedOn, String founderName,
                             String residentIdCipher, String residentIdIndex, boolean hasLoan, LocalDate loanGrantedOn) {
}
