package cn.jilin.laborbrand.training.startup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A start-up as every page and export shows it, to everyone: the founder's resident ID only by its province, the phone
 * masked (the full numbers never leave the service).
 */
public record StartupView(long id, String name, String regionCode, long brandId, LocalDate foundedOn, int jobsCreated, String founderName,
                          String founderResidentId, String founderPhone, boolean startupTraining, LocalDate startupTrainingOn, Long trainingCourseId,
                          String loanBank, BigDecimal loanAmount, LocalDate loanGrantedOn, Integer loanTermMonths, LocalDate loanDueOn,
                          BigDecimal loanInterestSubsidy, BigDecimal taxRelief, Long incubatorId, boolean demo, long version) {

    public boolean hasLoan() {
        return loanBank != null;
    }
}
