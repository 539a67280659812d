package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.finance.BrandInsuranceService;
import cn.jilin.laborbrand.registry.finance.InsuranceDetails;
import cn.jilin.laborbrand.registry.finance.PledgeDetails;
import cn.jilin.laborbrand.registry.finance.PledgeLoanService;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.web.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Brand finance records for the authorisation matrix: a pledge loan on a registered trademark of a 延边 brand, and a
 * policy on a 延边 brand (of another prefecture than the matrix's 长春 officer).
 */
@Component
class FinanceMatrixRecords {

    private static final String[] ALL = {"finance:view", "finance:manage", "brand:view", "brand:edit"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Fixtures fixtures;
    private final PledgeLoanService pledges;
    private final BrandInsuranceService insurance;
    private final BrandMarkService marks;

    FinanceMatrixRecords(Fixtures fixtures, PledgeLoanService pledges, BrandInsuranceService insurance, BrandMarkService marks) {
        this.fixtures = fixtures;
        this.pledges = pledges;
        this.insurance = insurance;
        this.marks = marks;
    }

    private static <T> T as(Supplier<T> action) {
        return SystemActor.call(action, ALL);
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** An outstanding pledge loan of a 延边 brand. */
    Map<String, String> pledge() {
        long brand = fixtures.brand("矩阵质押品牌", MatrixRecords.YANJI);
        long id = as(() -> {
            long mark = marks.add(brand, new MarkDetails(MarkKind.TRADEMARK, unique("JZ"), "矩阵质押商标", 35, null, "矩阵公司",
                    LocalDate.of(2021, 1, 4), LocalDate.of(2022, 2, 1), null, MarkStatus.REGISTERED), DataScope.province());
            return pledges.create(brand, new PledgeDetails(mark, unique("矩阵银行"), new BigDecimal("100000.00"), LocalDate.of(2025, 1, 10), 24, null),
                    DataScope.province());
        });
        return Map.of("id", String.valueOf(id));
    }

    /** A policy on a 延边 brand. */
    Map<String, String> insurance() {
        long brand = fixtures.brand("矩阵保险品牌", MatrixRecords.YANJI);
        long id = as(() -> insurance.create(brand, new InsuranceDetails(unique("矩阵保险"), "雇主责任险", new BigDecimal("1000000.00"),
                new BigDecimal("3000.00"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), unique("JZBD"), null), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }
}
