package cn.jilin.laborbrand.web.config;

import cn.jilin.laborbrand.platform.account.AccountAdminService;
import cn.jilin.laborbrand.platform.account.AccountAdminService.FirstAdministrator;
import cn.jilin.laborbrand.platform.account.PasswordPolicy;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first three accounts of a new production database, which has none (prod refuses demo data): when
 * {@code laborbrand.bootstrap.password-file} names a file that does not exist yet and no account exists, the system,
 * security and audit administrators (三员) are opened, each with a one-time password of its own, written to that file
 * (readable by its owner only) and never to the log. Each must choose a password of their own at the first sign-in;
 * the file should be read, handed over and deleted. Once any account exists this does nothing.
 */
@Component
class InitialAdministrators implements ApplicationRunner {

    static final String PROVINCIAL_HRSS = "吉林省人力资源和社会保障厅";
    static final List<String[]> ADMINISTRATORS = List.of(
            new String[]{"sysadmin", "系统管理员", RoleCode.SYSTEM_ADMIN},
            new String[]{"secadmin", "安全保密管理员", RoleCode.SECURITY_ADMIN},
            new String[]{"auditor", "安全审计员", RoleCode.AUDIT_ADMIN});

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrators.class);

    private final AccountAdminService administration;
    private final OrganisationService organisations;
    private final String passwordFile;

    InitialAdministrators(AccountAdminService administration, OrganisationService organisations,
                          @Value("${laborbrand.bootstrap.password-file:}") String passwordFile) {
        this.administration = administration;
        this.organisations = organisations;
        this.passwordFile = passwordFile;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (passwordFile.isBlank()) {
            return;
        }
        SystemActor.run(() -> {
            Long hrss = organisations.choices().stream().filter(o -> o.name().equals(PROVINCIAL_HRSS))
                    .map(OrganisationChoice::id).findFirst().orElseThrow();
            List<FirstAdministrator> first = new ArrayList<>();
            for (String[] admin : ADMINISTRATORS) {
                first.add(new FirstAdministrator(admin[0], admin[1], admin[2], PasswordPolicy.randomPassword()));
            }
            Path file = Path.of(passwordFile).toAbsolutePath();
            if (!administration.wouldOpenFirstAdministrators()) {
                return;
            }
            write(file, first);
            try {
                administration.openFirstAdministrators(hrss, first);
            } catch (RuntimeException e) {
                delete(file);
                throw e;
            }
            log.info("Opened the three administrators (sysadmin, secadmin, auditor); their one-time passwords are in {}. "
                    + "Hand them over, then delete the file.", file);
        }, "system:account:create");
    }

    /** The passwords go to a new file only its owner may read; an existing file is never overwritten. */
    private static void write(Path file, List<FirstAdministrator> administrators) {
        StringBuilder text = new StringBuilder("# 吉林省劳务品牌建设管理平台 — 三员初始密码（一次性，首次登录须修改；交付后请删除本文件）\n");
        administrators.forEach(a -> text.append(a.username()).append('\t').append(a.oneTimePassword()).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("laborbrand.bootstrap.password-file " + file + " exists already: move it away first", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the administrators' one-time passwords to " + file, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the accounts were not opened; a stale file names passwords of nothing
        }
    }
}
