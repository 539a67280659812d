/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("target")
package cn.jilin.laborbrand.governance.target;

import org.springframework.modulith.NamedInterface;
