package cn.jilin.laborbrand.web.admin;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.AccountAdminService;
import cn.jilin.laborbrand.platform.account.AccountFilter;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.AccountSummary;
import cn.jilin.laborbrand.platform.account.AdminOutcome;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.account.RoleService;
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
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
 * administrator assigns roles and the organisation (data scope). Each action is its own permission, so neither can do
 * the other's work; an action on an administrator's account or one's own waits for a second administrator
 * ({@code /admin/requests}).
 */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

    record NewAccountForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 64) String displayName,
                          Long organisationId, @NotBlank String initialPassword) {
    }

    record ProfileForm(@NotBlank @Size(max = 64) String displayName, long version) {
    }

    record PasswordResetForm(@NotBlank String temporaryPassword) {
    }

    record RolesForm(Set<String> roles, long version) {
        RolesForm {
            roles = roles == null ? Set.of() : roles;
        }
    }

    record OrganisationForm(Long organisationId, long version) {
    }

    private final AccountService accounts;
    private final AccountAdminService administration;
    private final RoleService roles;
    private final OrganisationService organisations;

    AccountAdminController(AccountService accounts, AccountAdminService administration, RoleService roles, OrganisationService organisations) {
        this.accounts = accounts;
        this.administration = administration;
        this.roles = roles;
        this.organisations = organisations;
    }

    @GetMapping
    @Transactional(readOnly = true)
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
        model.addAttribute("form", new ProfileForm(account.displayName(), account.version()));
        return "admin/users/edit";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('system:account:edit')")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                return done(administration.updateProfile(id, form.version(), form.displayName()), "account.updated", redirect);
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        model.addAttribute("account", accounts.get(id));
        return "admin/users/edit";
    }

    @PostMapping("/{id}/enable")
    @PreAuthorize("hasAuthority('system:account:disable')")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> administration.setEnabled(id, true), "account.enabled", redirect);
    }

    @PostMapping("/{id}/disable")
    @PreAuthorize("hasAuthority('system:account:disable')")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> administration.setEnabled(id, false), "account.disabled", redirect);
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasAuthority('system:account:unlock')")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> administration.unlock(id), "account.unlocked", redirect);
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
                return done(administration.resetPassword(id, form.temporaryPassword()), "account.passwordReset", redirect);
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        model.addAttribute("account", accounts.get(id));
        return "admin/users/password";
    }

    /** The security administrator's page for an account: its roles and the organisation its data scope comes from. */
    @GetMapping("/{id}/roles")
    @PreAuthorize("hasAuthority('system:account:assign-role')")
    String rolesForm(@PathVariable long id, Model model) {
        AccountSummary account = accounts.get(id);
        model.addAttribute("form", new RolesForm(new LinkedHashSet<>(account.roleCodes()), account.version()));
        model.addAttribute("organisationForm", new OrganisationForm(account.organisationId(), account.version()));
        return authorisationPage(account, model);
    }

    @PostMapping("/{id}/roles")
    @PreAuthorize("hasAuthority('system:account:assign-role')")
    String assignRoles(@PathVariable long id, @ModelAttribute("form") RolesForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                return done(administration.assignRoles(id, form.version(), form.roles()), "account.rolesAssigned", redirect);
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        AccountSummary account = accounts.get(id);
        model.addAttribute("organisationForm", new OrganisationForm(account.organisationId(), account.version()));
        return authorisationPage(account, model);
    }

    @PostMapping("/{id}/organisation")
    @PreAuthorize("hasAuthority('system:account:assign-role')")
    String changeOrganisation(@PathVariable long id, @ModelAttribute("organisationForm") OrganisationForm form, BindingResult errors,
                              Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                return done(administration.changeOrganisation(id, form.version(), form.organisationId()), "account.organisationChanged", redirect);
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        AccountSummary account = accounts.get(id);
        model.addAttribute("form", new RolesForm(new LinkedHashSet<>(account.roleCodes()), account.version()));
        return authorisationPage(account, model);
    }

    private String authorisationPage(AccountSummary account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("roles", roles.roles());
        model.addAttribute("organisations", organisations.choices());
        return "admin/users/roles";
    }

    /** Runs a one-click action; a refusal comes back as the flash message of the list. */
    private static String act(java.util.function.Supplier<AdminOutcome> action, String appliedKey, RedirectAttributes redirect) {
        try {
            return done(action.get(), appliedKey, redirect);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/admin/users";
        }
    }

    /** Done at once: back to the list; waiting for a second administrator: to the requests, saying so. */
    private static String done(AdminOutcome outcome, String appliedKey, RedirectAttributes redirect) {
        if (outcome == AdminOutcome.AWAITING_APPROVAL) {
            redirect.addFlashAttribute("flashSuccess", "adminRequest.submitted");
            return "redirect:/admin/requests";
        }
        redirect.addFlashAttribute("flashSuccess", appliedKey);
        return "redirect:/admin/users";
    }

    private List<String> roleCodes() {
        return roles.roles().stream().map(RoleService.RoleGrants::code).toList();
    }
}
