package cn.jilin.laborbrand.training.startup;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.incubator.IncubatorService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a start-up's details must be before they are stored, field by field (each refusal names its field and its
 * message), and the amounts as stored (two decimals). The founder's ID and phone are checked where they are encrypted.
 */
@Component
class StartupChecks {

    static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");

    private final RegionService regions;
    private final BrandService brands;
    private final IncubatorService incubators;
    private final Clock clock;

    StartupChecks(RegionService regions, BrandService brands, IncubatorService incubators, Clock clock) {
        this.regions = regions;
        this.brands = brands;
        this.incubators = incubators;
        this.clock = clock;
    }

    static StartupDetails normalised(StartupDetails d) {
        return new StartupDetails(d.name(), d.regionCode(), d.brandId(), d.foundedOn(), d.jobsCreated(), d.founderName(), null, null,
                d.startupTraining(), d.startupTrainingOn(), d.loanBank(), money(d.loanAmount()), d.loanGrantedOn(), d.loanTermMonths(),
                money(d.loanInterestSubsidy()), money(d.taxRelief()), d.incubatorId());
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    void check(StartupDetails d, DataScope scope) {
        LocalDate today = LocalDate.now(clock);
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "NotBlank");
        }
        if (d.name().strip().length() > 100) {
            throw new RuleViolation("name", "startup.text.long");
        }
        regions.checkWithin(d.regionCode(), scope);
        if (d.brandId() == null) {
            throw new RuleViolation("brandId", "NotNull");
        }
        BrandName brand = brands.names(List.of(d.brandId())).get(d.brandId());
        // a brand of the caller's own region, or a designated one (an industry brand of another city is still a brand)
        if (brand == null || !(scope.coversRegion(brand.regionCode()) || brand.level().isDesignated())) {
            throw new RuleViolation("brandId", "startup.brand.unknown");
        }
        if (d.foundedOn() == null) {
            throw new RuleViolation("foundedOn", "NotNull");
        }
        if (d.foundedOn().isAfter(today)) {
            throw new RuleViolation("foundedOn", "startup.date.future");
        }
        if (d.foundedOn().getYear() < 1950) {
            throw new RuleViolation("foundedOn", "startup.date.early");
        }
        if (d.jobsCreated() == null) {
            throw new RuleViolation("jobsCreated", "NotNull");
        }
        if (d.jobsCreated() < 0) {
            throw new RuleViolation("jobsCreated", "PositiveOrZero");
        }
        if (d.founderName() == null || d.founderName().isBlank()) {
            throw new RuleViolation("founderName", "NotBlank");
        }
        if (d.founderName().strip().length() > 50) {
            throw new RuleViolation("founderName", "startup.text.long");
        }
        if (d.startupTraining() && d.startupTrainingOn() != null && d.startupTrainingOn().isAfter(today)) {
            throw new RuleViolation("startupTrainingOn", "startup.date.future");
        }
        boolean loan = d.loanBank() != null && !d.loanBank().isBlank();
        if (loan) {
            if (d.loanBank().strip().length() > 100) {
                throw new RuleViolation("loanBank", "startup.text.long");
            }
            if (d.loanAmount() == null) {
                throw new RuleViolation("loanAmount", "startup.loan.incomplete");
            }
            if (d.loanAmount().signum() <= 0) {
                throw new RuleViolation("loanAmount", "startup.money.positive");
            }
            checkMoney("loanAmount", d.loanAmount());
            if (d.loanGrantedOn() == null) {
                throw new RuleViolation("loanGrantedOn", "startup.loan.incomplete");
            }
            if (d.loanGrantedOn().isAfter(today)) {
                throw new RuleViolation("loanGrantedOn", "startup.date.future");
            }
            if (d.loanGrantedOn().getYear() < 1950) {
                throw new RuleViolation("loanGrantedOn", "startup.date.early");
            }
            if (d.loanTermMonths() == null) {
                throw new RuleViolation("loanTermMonths", "startup.loan.incomplete");
            }
            if (d.loanTermMonths() < 1 || d.loanTermMonths() > 360) {
                throw new RuleViolation("loanTermMonths", "startup.loan.term");
            }
            if (d.loanInterestSubsidy() != null) {
                checkMoney("loanInterestSubsidy", d.loanInterestSubsidy());
            }
        } else if (d.loanAmount() != null || d.loanGrantedOn() != null || d.loanTermMonths() != null || d.loanInterestSubsidy() != null) {
            throw new RuleViolation("loanBank", "startup.loan.bankMissing");
        }
        if (d.taxRelief() != null) {
            checkMoney("taxRelief", d.taxRelief());
        }
        if (d.incubatorId() != null && incubators.find(d.incubatorId(), scope).isEmpty()) {
            throw new RuleViolation("incubatorId", "startup.incubator.unknown");
        }
    }

    private static void checkMoney(String field, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new RuleViolation(field, "PositiveOrZero");
        }
        if (amount.compareTo(MAX_MONEY) > 0) {
            throw new RuleViolation(field, "startup.money.large");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "startup.money.scale");
        }
    }
}
