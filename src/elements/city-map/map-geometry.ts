import { isServer, type ReactiveControllerHost } from 'lit';
import { loadCountries, loadedCountries, type Countries, type LonLat } from '../../geo/geometry.js';

/**
 * The country shapes a map draws: taken at once when they are already here (they download beside the data), else
 * downloaded, the host updating when they arrive. Not reactive state: the element asks for them before a render
 * (`ensure`), so that the first drawing has them. A failed download is reported in the console and the map drawn
 * without its countries rather than not at all.
 */
export class MapGeometry {
  /** The shapes for the points last asked for, once here. */
  countries: Countries | undefined;
  /** Their download, while it runs. */
  pending: Promise<void> | undefined;
  /** The points last asked for. */
  private key = '';

  constructor(private readonly host: ReactiveControllerHost & Element) {}

  /** Makes `countries` the shapes around `points`, or starts their download. */
  ensure(points: readonly LonLat[]): void {
    if (isServer) {
      // Server rendering cannot wait: the geometry is there if it was loaded before (see src/server/).
      this.countries = loadedCountries(points);
      return;
    }
    const key = points.map((p) => `${p.lon},${p.lat}`).join(';');
    if (this.key === key) return;
    this.key = key;
    const ready = loadedCountries(points);
    if (ready) {
      this.countries = ready;
      return;
    }
    this.pending = loadCountries(points).then(
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
