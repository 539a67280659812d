/** Published to the other modules: its public services, records and entities (internals are package-private). */
@NamedInterface("course")
package cn.jilin.laborbrand.training.course;

import org.springframework.modulith.NamedInterface;
