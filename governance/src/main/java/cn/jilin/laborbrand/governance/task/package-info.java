/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("task")
package cn.jilin.laborbrand.governance.task;

import org.springframework.modulith.NamedInterface;
