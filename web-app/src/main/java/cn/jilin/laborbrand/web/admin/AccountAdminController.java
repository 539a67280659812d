package cn.jilin.laborbrand.web.admin;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.AccountFilter;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.AccountSummary;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.RoleService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/users: the system administrator opens, edits, disables and unlocks accounts and resets passwords; the security
 * administrator assigns roles. Each action is its own permission, so neither can do the other's work.
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

    record NewAccountForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 64) String displayName,
                          Long organisationId, @NotBlank String initialPassword) {
    }

    record ProfileForm(@NotBlank @Size(max = 64) String displayName, Long organisationId, long version) {
    }

    record PasswordResetForm(@NotBlank String temporaryPassword) {
    }

    record RolesForm(Set<String> roles, long version) {
        RolesForm {
            roles = roles == null ? Set.of() : roles;
        }
    }

    private final AccountService accounts;
    private final RoleService roles;
    private final OrganisationService organisations;

    AccountAdminController(AccountService accounts, RoleService roles, OrganisationService organisations) {
        this.accounts = accounts;
        this.roles = roles;
        this.organisations = organisations;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('system:account:view')")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long organisationId,
                @RequestParam(required = false) String role, @RequestParam(required = false) Boolean enabled,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by("username"), Set.of("username", "displayName", "lastLoginAt"));
        Page<AccountSummary> result = accounts.search(new AccountFilter(q, organisationId, role, enabled), page);
        model.addAttribute("page", result);
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("organisations", organisations.choices());
        model.addAttribute("roleCodes", roleCodes());
        return "admin/users/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('system:account:create')")
    String newForm(Model model) {
        model.addAttribute("form", new NewAccountForm("", "", null, ""));
        model.addAttribute("organisations", organisations.choices());
        return "admin/users/new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('system:account:create')")
    String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.create(new NewAccount(form.username(), form.displayName(), form.organisationId(), form.initialPassword(), true));
                redirect.addFlashAttribute("flashSuccess", "account.created");
                return "redirect:/admin/users";
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        model.addAttribute("organisations", organisations.choices());
        return "admin/users/new";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('system:account:edit')")
    String editForm(@PathVariable long id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("form", new ProfileForm(account.displayName(), account.organisationId(), account.version()));
        model.addAttribute("organisations", organisations.choices());
        return "admin/users/edit";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('system:account:edit')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.updateProfile(id, form.version(), form.displayName(), form.organisationId());
                redirect.addFlashAttribute("flashSuccess", "account.updated");
                return "redirect:/admin/users";
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("organisations", organisations.choices());
        return "admin/users/edit";
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('system:account:disable')")
    String enable(@PathVariable long id, @AuthenticationPrincipal SignedInAccount user, RedirectAttributes redirect) {
        accounts.setEnabled(id, true, user.accountId());
        redirect.addFlashAttribute("flashSuccess", "account.enabled");
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('system:account:disable')")
    String disable(@PathVariable long id, @AuthenticationPrincipal SignedInAccount user, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, false, user.accountId());
            redirect.addFlashAttribute("flashSuccess", "account.disabled");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('system:account:unlock')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("flashSuccess", "account.unlocked");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/password")
    @PreAuthorize("hasAuthority('system:account:reset-password')")
    String resetForm(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("form", new PasswordResetForm(""));
        return "admin/users/password";
    }

    @PostMapping("/{id}/password")
    @PreAuthorize("hasAuthority('system:account:reset-password')")
    String reset(@PathVariable long id, @Valid @ModelAttribute("form") PasswordResetForm form, BindingResult errors, Model model,
                 RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.resetPassword(id, form.temporaryPassword());
                redirect.addFlashAttribute("flashSuccess", "account.passwordReset");
                return "redirect:/admin/users";
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        model.addAttribute("account", accounts.get(id));
        return "admin/users/password";
    }

    @GetMapping("/{id}/roles")
    @PreAuthorize("hasAuthority('system:account:assign-role')")
    String rolesForm(@PathVariable long id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("account", account);
        model.addAttribute("form", new RolesForm(new LinkedHashSet<>(account.roleCodes()), account.version()));
        model.addAttribute("roles", roles.roles());
        return "admin/users/roles";
    }

    @PostMapping("/{id}/roles")
    @PreAuthorize("hasAuthority('system:account:assign-role')")
    String assignRoles(@PathVariable long id, @ModelAttribute("form") RolesForm form, BindingResult errors,
                       @AuthenticationPrincipal SignedInAccount user, Model model, RedirectAttributes redirect) {
        try {
            accounts.assignRoles(id, form.version(), form.roles(), user.accountId());
            redirect.addFlashAttribute("flashSuccess", "account.rolesAssigned");
            return "redirect:/admin/users";
        } catch (RuleViolation violation) {
            Forms.reject(errors, violation);
        }
        model.addAttribute("account", accounts.get(id));
        model.addAttribute("roles", roles.roles());
        return "admin/users/roles";
    }

    private List<String> roleCodes() {
        return roles.roles().stream().map(RoleService.RoleGrants::code).toList();
    }
}
