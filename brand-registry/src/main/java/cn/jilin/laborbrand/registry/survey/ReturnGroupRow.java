package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A group of workers of the region that is not a brand yet (二(一)1): known and large but without a brand name
 * (有名无牌), or skilled but scattered (分散未成型).
 */
@Embeddable
public class ReturnGroupRow {

    private String name;

    private String occupations;

    @Column(name = "workforce_size")
    private int workforceSize;

    @Enumerated(EnumType.STRING)
    private BrandMaturity maturity;

    private String note;

    protected ReturnGroupRow() {
    }

    ReturnGroupRow(GroupFigures group) {
        this.name = group.name().strip();
        this.occupations = Text.orNull(group.occupations());
        this.workforceSize = group.workforceSize();
        this.maturity = group.maturity();
        this.note = Text.orNull(group.note());
    }

    /** The group as entered, for the form. */
    public GroupFigures figures() {
        return new GroupFigures(name, occupations, workforceSize, maturity, note);
    }

    public String getName() {
        return name;
    }

    public String getOccupations() {
        return occupations;
    }

    public int getWorkforceSize() {
        return workforceSize;
    }

    public BrandMaturity getMaturity() {
        return maturity;
    }

    public String getNote() {
        return note;
    }
}
