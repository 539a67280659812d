package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.survey.BrandFigures;
import cn.jilin.laborbrand.registry.survey.GroupFigures;
import cn.jilin.laborbrand.registry.survey.ReturnBrandRow;
import cn.jilin.laborbrand.registry.survey.ReturnContent;
import cn.jilin.laborbrand.registry.survey.ReturnGroupRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A survey return's form as posted: a line per brand of the region, and the groups that are not brands yet. A bean
 * rather than a record: bound by setters, a cell that does not convert ("abc" for a number) is one field error, and the
 * rest of the table is still there to show again (a record would not be constructed at all).
 */
public class ReturnForm {

    private long version;

    @Valid
    private List<BrandLine> brands = new ArrayList<>();

    @Valid
    private List<GroupLine> groups = new ArrayList<>();

    static ReturnForm of(long version, List<ReturnBrandRow> brandRows, List<ReturnGroupRow> groupRows) {
        ReturnForm form = new ReturnForm();
        form.version = version;
        brandRows.forEach(row -> form.brands.add(BrandLine.of(row)));
        groupRows.forEach(row -> form.groups.add(GroupLine.of(row)));
        return form;
    }

    ReturnContent content() {
        return new ReturnContent(brands.stream().map(BrandLine::figures).toList(), groups.stream().map(GroupLine::figures).toList());
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<BrandLine> getBrands() {
        return brands;
    }

    public void setBrands(List<BrandLine> brands) {
        this.brands = brands == null ? new ArrayList<>() : brands;
    }

    public List<GroupLine> getGroups() {
        return groups;
    }

    public void setGroups(List<GroupLine> groups) {
        this.groups = groups == null ? new ArrayList<>() : groups;
    }

    /** A brand's line: the brand (by id) and the figures reported for it. */
    public static class BrandLine {

        @NotNull
        private Long brandId;
        @NotNull
        private BrandMaturity maturity;
        @NotNull
        @PositiveOrZero
        @Max(100_000_000)
        private Integer workforceSize;
        @NotNull
        @PositiveOrZero
        @Digits(integer = 12, fraction = 2)
        private BigDecimal annualLaborIncome;
        @NotNull
        @PositiveOrZero
        @Max(100_000_000)
        private Integer trainedCount;
        @NotNull
        @PositiveOrZero
        @Max(100_000_000)
        private Integer certifiedCount;

        static BrandLine of(ReturnBrandRow row) {
            BrandLine line = new BrandLine();
            line.brandId = row.getBrandId();
            line.maturity = row.getMaturity();
            line.workforceSize = row.getWorkforceSize();
            line.annualLaborIncome = row.getAnnualLaborIncome();
            line.trainedCount = row.getTrainedCount();
            line.certifiedCount = row.getCertifiedCount();
            return line;
        }

        BrandFigures figures() {
            return new BrandFigures(brandId, maturity, workforceSize, annualLaborIncome, trainedCount, certifiedCount);
        }

        public Long getBrandId() {
            return brandId;
        }

        public void setBrandId(Long brandId) {
            this.brandId = brandId;
        }

        public BrandMaturity getMaturity() {
            return maturity;
        }

        public void setMaturity(BrandMaturity maturity) {
            this.maturity = maturity;
        }

        public Integer getWorkforceSize() {
            return workforceSize;
        }

        public void setWorkforceSize(Integer workforceSize) {
            this.workforceSize = workforceSize;
        }

        public BigDecimal getAnnualLaborIncome() {
            return annualLaborIncome;
        }

        public void setAnnualLaborIncome(BigDecimal annualLaborIncome) {
            this.annualLaborIncome = annualLaborIncome;
        }

        public Integer getTrainedCount() {
            return trainedCount;
        }

        public void setTrainedCount(Integer trainedCount) {
            this.trainedCount = trainedCount;
        }

        public Integer getCertifiedCount() {
            return certifiedCount;
        }

        public void setCertifiedCount(Integer certifiedCount) {
            this.certifiedCount = certifiedCount;
        }
    }

    /** A group of workers that is not a brand yet. */
    public static class GroupLine {

        @NotBlank
        @Size(max = 60)
        private String name;
        @Size(max = 500)
        private String occupations;
        @NotNull
        @PositiveOrZero
        @Max(100_000_000)
        private Integer workforceSize;
        @NotNull
        private BrandMaturity maturity;
        @Size(max = 500)
        private String note;

        static GroupLine of(ReturnGroupRow row) {
            GroupLine line = new GroupLine();
            line.name = row.getName();
            line.occupations = row.getOccupations();
            line.workforceSize = row.getWorkforceSize();
            line.maturity = row.getMaturity();
            line.note = row.getNote();
            return line;
        }

        GroupFigures figures() {
            return new GroupFigures(name, occupations, workforceSize, maturity, note);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getOccupations() {
            return occupations;
        }

        public void setOccupations(String occupations) {
            this.occupations = occupations;
        }

        public Integer getWorkforceSize() {
            return workforceSize;
        }

        public void setWorkforceSize(Integer workforceSize) {
            this.workforceSize = workforceSize;
        }

        public BrandMaturity getMaturity() {
            return maturity;
        }

        public void setMaturity(BrandMaturity maturity) {
            this.maturity = maturity;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
