/**
 * The shared kernel (regions, organisations, accounts and roles, data scope, audit log, attachments, workflow, expert
 * review, codes, personal-data encryption, Excel and PDF): open to every module, depending on none.
 */
@ApplicationModule(displayName = "platform", type = ApplicationModule.Type.OPEN)
package cn.jilin.laborbrand.platform;

import org.springframework.modulith.ApplicationModule;
