package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and the permissions they grant, kept by the security administrator. */
@Service
public class RoleService {

    private final RoleRepository roles;
    private final PermissionRepository permissions;
    private final AuditService audit;

    RoleService(RoleRepository roles, PermissionRepository permissions, AuditService audit) {
        this.roles = roles;
        this.permissions = permissions;
        this.audit = audit;
    }

    /** The nine roles with what they grant, in their fixed order. Open to whoever assigns or reviews roles. */
    @PreAuthorize("hasAnyAuthority('system:role:view', 'system:account:view')")
    @Transactional(readOnly = true)
    public List<RoleGrants> roles() {
        return roles.findAllByOrderBySortOrder().stream()
                .map(r -> new RoleGrants(r.getCode(), r.getDataScope(), r.isAdminDuty(), r.permissionCodes()))
                .toList();
    }

    @PreAuthorize("hasAuthority('system:role:view')")
    @Transactional(readOnly = true)
    public RoleGrants role(String code) {
        Role r = roles.findById(code).orElseThrow(() -> new NotFoundException("role", code));
        return new RoleGrants(r.getCode(), r.getDataScope(), r.isAdminDuty(), r.permissionCodes());
    }

    /** The permission catalogue that business roles may be granted (never an administrative duty's). */
    @PreAuthorize("hasAuthority('system:role:view')")
    @Transactional(readOnly = true)
    public List<PermissionInfo> grantablePermissions() {
        return permissions.findAllByOrderBySortOrder().stream().filter(p -> !p.isAdminDuty())
                .map(p -> new PermissionInfo(p.getCode(), p.getModule())).toList();
    }

    /**
     * Replaces what a business role grants. The three administrators' roles are fixed, and their permissions can go
     * to no other role: that is what keeps the duties apart.
     */
    @PreAuthorize("hasAuthority('system:role:grant')")
    @Transactional
    public void replaceGrants(String roleCode, Set<String> permissionCodes) {
        Role role = roles.findById(roleCode).orElseThrow(() -> new NotFoundException("role", roleCode));
        if (role.isAdminDuty()) {
            throw new RuleViolation("role.grants.adminDutyFixed");
        }
        Map<String, Permission> catalogue = permissions.findAllByOrderBySortOrder().stream()
                .collect(Collectors.toMap(Permission::getCode, Function.identity()));
        Set<Permission> granted = new java.util.HashSet<>();
        for (String code : permissionCodes) {
            Permission p = catalogue.get(code);
            if (p == null) {
                throw new RuleViolation("permissions", "role.grants.unknownPermission");
            }
            if (p.isAdminDuty()) {
                throw new RuleViolation("permissions", "role.grants.adminDutyPermission");
            }
            granted.add(p);
        }
        String before = String.join(",", new TreeSet<>(role.permissionCodes()));
        role.replacePermissions(granted);
        audit.record("role.grants", "role", roleCode, "before=[" + before + "] after=[" + String.join(",", new TreeSet<>(permissionCodes)) + "]");
    }

    /** A role and what it grants. */
    public record RoleGrants(String code, cn.jilin.laborbrand.platform.scope.DataScope.Kind dataScope, boolean adminDuty,
                             List<String> permissionCodes) {
    }

    /** A permission that may be granted, with the module it belongs to. */
    public record PermissionInfo(String code, String module) {
    }
}
