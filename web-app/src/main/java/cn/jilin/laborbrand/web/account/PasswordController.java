package cn.jilin.laborbrand.web.account;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.support.Forms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own password: changed here, and forced here when an administrator set it or it aged out. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {
    }

    private final AccountService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String form(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        model.addAttribute("forced", user.passwordChangeRequired());
        return "account/password";
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String change(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!errors.hasFieldErrors("newPassword") && !form.newPassword().equals(form.confirmPassword())) {
            errors.rejectValue("confirmPassword", "password.confirm.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.changeOwnPassword(user.accountId(), form.currentPassword(), form.newPassword());
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        if (errors.hasErrors()) {
            // th:field never writes a password input's value back, so nothing typed returns to the browser
            model.addAttribute("forced", user.passwordChangeRequired());
            return "account/password";
        }
        SignedInAccount changed = user.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("flashSuccess", "password.changed");
        return "redirect:/";
    }
}
