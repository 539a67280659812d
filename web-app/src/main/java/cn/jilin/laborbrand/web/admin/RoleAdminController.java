package cn.jilin.laborbrand.web.admin;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.RoleService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/roles: the security administrator decides what each business role may do. */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

    private final RoleService roles;

    RoleAdminController(RoleService roles) {
        this.roles = roles;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('system:role:view')")
    String list(Model model) {
        model.addAttribute("roles", roles.roles());
        return "admin/roles/list";
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAuthority('system:role:view')")
    String edit(@PathVariable String code, Model model) {
        RoleService.RoleGrants role = roles.role(code);
        return editPage(role, new LinkedHashSet<>(role.permissionCodes()), model);
    }

    @PostMapping("/{code}")
    @PreAuthorize("hasAuthority('system:role:grant')")
    String save(@PathVariable String code, @RequestParam(name = "permissions", required = false) Set<String> permissions,
                Model model, RedirectAttributes redirect) {
        Set<String> granted = permissions == null ? Set.of() : permissions;
        try {
            roles.replaceGrants(code, granted);
            redirect.addFlashAttribute("flashSuccess", "role.grantsSaved");
            return "redirect:/admin/roles";
        } catch (RuleViolation violation) {
            model.addAttribute("flashError", violation.messageKeys().get(0));
            return editPage(roles.role(code), granted, model);
        }
    }

    private String editPage(RoleService.RoleGrants role, Set<String> granted, Model model) {
        List<RoleService.PermissionInfo> permissions = roles.grantablePermissions();
        model.addAttribute("role", role);
        model.addAttribute("granted", granted);
        model.addAttribute("permissions", permissions);
        model.addAttribute("modules", permissions.stream().map(RoleService.PermissionInfo::module).distinct().toList());
        return "admin/roles/edit";
    }
}
