package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.scope.DataScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A role: the permissions it grants (editable by the security administrator) and the breadth of data it opens.
 * The nine roles themselves are fixed by migration; see {@link RoleCode}.
 */
@Entity
@Table(name = "app_role")
public class Role {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_scope")
    private DataScope.Kind dataScope;

    @Column(name = "admin_duty")
    private boolean adminDuty;

    @Column(name = "sort_order")
    private int sortOrder;

    @ManyToMany
    @JoinTable(name = "role_permission",
            joinColumns = @JoinColumn(name = "role_code"),
            inverseJoinColumns = @JoinColumn(name = "permission_code"))
    private Set<Permission> permissions = new HashSet<>();

    protected Role() {
    }

    public String getCode() {
        return code;
    }

    public DataScope.Kind getDataScope() {
        return dataScope;
    }

    /** One of 三员 (system, security, audit administrator): no business data, never combined with another role. */
    public boolean isAdminDuty() {
        return adminDuty;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<String> permissionCodes() {
        return permissions.stream().sorted(Comparator.comparingInt(Permission::getSortOrder)).map(Permission::getCode).toList();
    }

    void replacePermissions(Set<Permission> granted) {
        permissions.clear();
        permissions.addAll(granted);
    }
}
