package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.web.support.FileDownloads;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.registry.application.ApplicationService;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /brand-applications/{id}/files: the application form and evidence, uploaded while the application may be edited. */
@Controller
@RequestMapping("/brand-applications/{id}/files")
class ApplicationFileController {

    private final ApplicationService drafting;

    ApplicationFileController(ApplicationService drafting) {
        this.drafting = drafting;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String attach(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam ApplicationService.Purpose purpose,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            redirect.addFlashAttribute("flashError", "attachment.empty");
            return "redirect:/brand-applications/" + id;
        }
        return ApplicationStepController.run(id, redirect, "application.file.saved",
                () -> drafting.attach(id, purpose, file.getOriginalFilename(), content, user.scope()));
    }

    @GetMapping("/{fileId}")
    @PreAuthorize("hasAuthority('brand:application:view')")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long fileId) {
        FileContent file = drafting.file(id, fileId, user.scope());
        return FileDownloads.attachment(file);
    }

    @PostMapping("/{fileId}/delete")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String detach(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        return ApplicationStepController.run(id, redirect, "application.file.deleted", () -> drafting.detach(id, fileId, user.scope()));
    }
}
