/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("meeting")
package cn.jilin.laborbrand.governance.meeting;

import org.springframework.modulith.NamedInterface;
