import { isServer, type ReactiveControllerHost } from 'lit';
import { geometryFor, loadGeometry, loadedCountries, servingGeometry, type Countries, type GeometryName, type LonLat } from '../../geo/geometry.js';

/**
 * The country shapes a map draws: taken at once when they are already here (they download beside the data), else
 * downloaded, the host updating when they arrive. Not reactive state: the element asks for them before a render
 * (`ensure`), so that the first drawing has them. A map of the region that needs its other scale (it grew wider,
 * or was zoomed in) keeps drawing the scale it has until the other arrives. A failed download is reported in the
 * console and the map drawn without its countries rather than not at all.
 */
export class MapGeometry {
  /** The shapes for the points last asked for, once here. */
  countries: Countries | undefined;
  /** Their download, while it runs. */
  pending: Promise<void> | undefined;
  /** The points last asked for. */
  private key = '';

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /** Makes `countries` the shapes around `points` at `pxPerDegree` (see `geometryFor`), or starts their download. */
  ensure(points: readonly LonLat[], pxPerDegree: number): void {
    if (isServer) {
      // Server rendering cannot wait: the geometry is there if it was loaded before (see src/server/).
      this.countries = loadedCountries(points, pxPerDegree);
      return;
    }
    const which: GeometryName = geometryFor(points, pxPerDegree);
    const key = `${which}|${points.map((p) => `${p.lon},${p.lat}`).join(';')}`;
    if (this.key === key) return;
    this.key = key;
    // What is here is drawn now (the coarser region standing in for the finer); what serves it, if missing, downloads
    // and the map is drawn again when it arrives.
    this.countries = loadedCountries(points, pxPerDegree);
    if (servingGeometry(which)) return;
    this.pending = loadGeometry(which).then(
      (countries) => {
        if (this.key !== key) return;
        this.countries = countries;
        this.host.requestUpdate();
      },
      (e: unknown) => {
        console.error(`<${this.host.localName}>: the map's geometry could not be loaded`, e);
        if (this.key === key) this.pending = undefined;
        this.host.requestUpdate();
      },
    );
  }

  /** Whether the first drawing must wait: no shapes yet, and their download runs. */
  get waiting(): boolean {
    return !this.countries && this.pending !== undefined;
  }

  /** Settles once no download is under way (for the host's `updateComplete`); true if it waited for one. */
  async settle(): Promise<boolean> {
    const pending = this.pending;
    if (!pending) return false;
    await pending;
    if (this.pending === pending) this.pending = undefined;
    return true;
  }
}
