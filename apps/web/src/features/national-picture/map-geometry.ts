/**
 * The boundaries of either vintage, loaded on demand (about 100 KiB each) and projected once:
 * the 63 provinces before 1 July 2025 and the 34 after (`data/geo/README.md`). Features are joined
 * to units on `code`: `v63-06` is Bắc Kạn, `v34-06` does not exist; the codes mean different
 * provinces in the two files.
 */
import { type GeoPermissibleObjects, geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 440;
export const MAP_HEIGHT = 520;

export interface ProvinceShape {
  unitId: string;
  nameVi: string;
  d: string;
  centroid: [number, number];
}

type Provinces = Topology<{ provinces: GeometryCollection<{ code: string; name_vi: string }> }>;

const files = {
  34: () => import('../../../../../data/geo/vn-provinces-34.topo.json'),
  63: () => import('../../../../../data/geo/vn-provinces-63.topo.json'),
};

export async function loadProvinceShapes(vintage: 34 | 63): Promise<ProvinceShape[]> {
  const topo = (await files[vintage]()).default as unknown as Provinces;
  const collection = feature(topo, topo.objects.provinces);
  const projection = geoMercator().fitSize([MAP_WIDTH, MAP_HEIGHT], collection as GeoPermissibleObjects);
  const path = geoPath(projection);
  return collection.features.map((f) => ({
    unitId: `v${vintage}-${f.properties.code}`,
    nameVi: f.properties.name_vi,
    d: path(f) ?? '',
    centroid: mainlandCentroid(path, f),
  }));
}

/** Where a tooltip points: the centroid of the largest part (not the sea between Đà Nẵng and Hoàng Sa). */
function mainlandCentroid(
  path: ReturnType<typeof geoPath>,
  f: GeoJSON.Feature<GeoJSON.Geometry>,
): [number, number] {
  const g = f.geometry;
  if (g.type !== 'MultiPolygon') return path.centroid(f);
  const parts = g.coordinates.map((coordinates) => ({ type: 'Polygon' as const, coordinates }));
  const largest = parts.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
  return path.centroid(largest);
}
