package cn.jilin.laborbrand.promotion.figure;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface FigureRepository extends ScopedRepository<TypicalFigure, Long> {
}
