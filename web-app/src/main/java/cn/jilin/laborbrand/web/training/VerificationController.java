package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.ratelimit.RateLimiter;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /public/certificates/verify: anyone checks a certificate by its number and the holder's name, and learns only whether
 * it is genuine, who issued it and when. Rate-limited per client address, in the database (all nodes together).
 */
@Controller
class VerificationController {

    /** Ten checks a minute per client address, on every node together. */
    static final RateLimit LIMIT = new RateLimit("certificate-verify", 10, Duration.ofMinutes(1));

    private final CertificateService certificates;
    private final RateLimiter rateLimiter;

    VerificationController(CertificateService certificates, RateLimiter rateLimiter) {
        this.certificates = certificates;
        this.rateLimiter = rateLimiter;
    }

    @GetMapping("/public/certificates/verify")
    @PreAuthorize("permitAll()")
    String verify(@RequestParam(required = false) String number, @RequestParam(required = false) String name, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("name", name);
        response.setHeader("Cache-Control", "no-store");
        if (number == null && name == null) {
            return "training/verify";
        }
        if (number == null || number.isBlank() || name == null || name.isBlank()) {
            model.addAttribute("incomplete", true);
            return "training/verify";
        }
        if (!rateLimiter.tryAcquire(LIMIT, request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("limited", true);
            return "training/verify";
        }
        model.addAttribute("checked", true);
        model.addAttribute("result", certificates.verify(number, name).orElse(null));
        return "training/verify";
    }
}
