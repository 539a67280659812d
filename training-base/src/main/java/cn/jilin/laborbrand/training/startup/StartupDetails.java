package cn.jilin.laborbrand.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is entered about a start-up. The founder's resident ID and phone come in plain and are only kept encrypted; on
 * an edit a blank ID or phone keeps the stored one (pages never show them in full, so they cannot be shown again).
 */
public record StartupDetails(String name, String regionCode, Long brandId, LocalDate foundedOn, Integer jobsCreated, String founderName,
                             String founderResidentId, String founderPhone, boolean startupTraining, LocalDate startupTrainingOn,
                             String loanBank, BigDecimal loanAmount, LocalDate loanGrantedOn, Integer loanTermMonths,
                             BigDecimal loanInterestSubsidy, BigDecimal taxRelief, Long incubatorId) {
}
