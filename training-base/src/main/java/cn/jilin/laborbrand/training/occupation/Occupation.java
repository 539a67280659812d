package cn.jilin.laborbrand.training.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An occupation of 《中华人民共和国职业分类大典》(2022年版): reference data, shipped by migration. */
@Entity
@Table(name = "occupation")
public class Occupation {

    @Id
    private String code;

    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Occupation() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** {@code 6-22-01-01 汽车装调工}. */
    public String getLabel() {
        return code + " " + name;
    }
}
