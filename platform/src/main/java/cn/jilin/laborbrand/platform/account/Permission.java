package cn.jilin.laborbrand.platform.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A permission string such as {@code brand:application:review}; the catalogue comes from migrations. */
@Entity
@Immutable
@Table(name = "permission")
public class Permission {

    @Id
    private String code;

    private String module;

    @Column(name = "admin_duty")
    private boolean adminDuty;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Permission() {
    }

    public String getCode() {
        return code;
    }

    public String getModule() {
        return module;
    }

    /** Belongs to one of the three administrators' roles and cannot be granted to any other. */
    public boolean isAdminDuty() {
        return adminDuty;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
