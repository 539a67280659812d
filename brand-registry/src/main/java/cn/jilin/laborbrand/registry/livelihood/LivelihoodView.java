package cn.jilin.laborbrand.registry.livelihood;

import java.util.List;

/** The livelihood view: the areas of the scope with their brands, and the summary per kind (every kind, zeros included). */
public record LivelihoodView(List<LivelihoodArea> areas, List<LivelihoodKindSummary> summary) {
}
