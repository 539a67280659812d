package cn.jilin.laborbrand.training.startup;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
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
        checkText("name", d.name(), 100);
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
        checkPast("foundedOn", d.foundedOn(), today);
        if (d.jobsCreated() == null) {
            throw new RuleViolation("jobsCreated", "NotNull");
        }
        if (d.jobsCreated() < 0) {
            throw new RuleViolation("jobsCreated", "PositiveOrZero");
        }
        checkText("founderName", d.founderName(), 50);
        if (d.startupTraining() && d.startupTrainingOn() != null) {
            checkPast("startupTrainingOn", d.startupTrainingOn(), today);
        }
        boolean loan = d.loanBank() != null && !d.loanBank().isBlank();
        if (loan) {
            checkText("loanBank", d.loanBank(), 100);
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
            checkPast("loanGrantedOn", d.loanGrantedOn(), today);
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

    private static void checkText(String field, String text, int maxLength) {
        if (Text.required(text, field).length() > maxLength) {
            throw new RuleViolation(field, "startup.text.long");
        }
    }

    /** A day that has happened, and since 1950 (what a typing slip in the year would otherwise store). */
    private static void checkPast(String field, LocalDate day, LocalDate today) {
        if (day.isAfter(today)) {
            throw new RuleViolation(field, "startup.date.future");
        }
        if (day.getYear() < 1950) {
            throw new RuleViolation(field, "startup.date.early");
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
