/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("plan")
package cn.jilin.laborbrand.governance.plan;

import org.springframework.modulith.NamedInterface;
