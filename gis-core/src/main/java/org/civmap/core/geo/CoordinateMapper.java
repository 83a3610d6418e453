package org.civmap.core.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Maps a position (x, y) to another; used to transform whole geometries. Implementations are stateless. */
@FunctionalInterface
public interface CoordinateMapper {

    /** Returns the mapped position as a new coordinate. */
    Coordinate map(double x, double y);

    /**
     * Returns a copy of a geometry with every coordinate mapped; the input is not modified.
     *
     * @param srid SRID of the result
     */
    default Geometry applyTo(Geometry geometry, int srid) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate c = map(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, CoordinateSequence.X, c.x);
                seq.setOrdinate(i, CoordinateSequence.Y, c.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.setSRID(srid);
        return copy;
    }
}
