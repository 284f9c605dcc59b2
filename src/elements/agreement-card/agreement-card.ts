import type { PropertyDeclarations } from 'lit';
import type { TwinningDataset } from '../../data/schema.js';
import type { DatasetError } from '../../data/load.js';
import { unknownAgreement } from '../../shared/agreement.js';
import { TwinElement } from '../../shared/twin-element.js';
import { forcedColors, shared, tokens } from '../../shared/styles.js';
import { agreementCardStyles } from './agreement-card.styles.js';
import { agreementCardPrintStyles } from './agreement-card.print.styles.js';
import { printStyles } from '../../shared/print.styles.js';
import { roleMarkerStyles } from '../../shared/role-marker.js';
import { lazyModule } from '../../shared/lazy-module.js';
// The events' details, for the JSX types (dist/jsx.d.ts imports them from each element's module).
export type { TwinErrorDetail, TwinLoadDetail } from '../../shared/events.js';

/** The card's rendering of a dataset, loaded beside the data (see `TwinElement.loadView`). */
const view = lazyModule(() => import('./agreement-card.view.js'));

/**
 * One sister-city agreement: its title, the two cities, the date in the reader's calendar (with a second
 * calendar beside it), the place, who signed and who was present, the cooperation areas, the proposed next steps,
 * the words of the day quoted from the sources (marked where the reader's language has a translation), the status
 * and the sources (the outlet in the reader's language, the date, the headline where known). Shows the embedded
 * Khoy–Konya memorandum unless given other data.
 *
 * @tagname twin-agreement-card
 * @summary A sister-city agreement at a glance.
 *
 * @slot logo - Content shown at the start of the header, e.g. the city's logo.
 * @slot footer - Content shown after the sources.
 *
 * @csspart base - The outer frame.
 * @csspart header - The header with title and status.
 * @csspart title - The agreement's title.
 * @csspart status - The status badge.
 * @csspart parties - The list of the two cities.
 * @csspart party - One city.
 * @csspart facts - Date, place, signatories and those present.
 * @csspart areas - The cooperation areas.
 * @csspart proposals - The proposed next steps.
 * @csspart statements - The words of the day.
 * @csspart statement - One quotation with its speaker and source.
 * @csspart translation-mark - The mark on a quotation shown in translation.
 * @csspart sources - The list of sources.
 * @csspart error - The error message shown when the data cannot be used.
 *
 * @cssproperty --twin-color-text - Text color.
 * @cssproperty --twin-color-muted - Secondary text color.
 * @cssproperty --twin-color-surface - Background of the card.
 * @cssproperty --twin-color-subtle - Background of the city boxes.
 * @cssproperty --twin-color-border - Border color.
 * @cssproperty --twin-color-accent - Accent color (status badge, link symbol).
 * @cssproperty --twin-color-on-accent - Text on the accent color.
 * @cssproperty --twin-color-link - Link color.
 * @cssproperty --twin-color-error - Color of the error state.
 * @cssproperty --twin-color-role-speaker - The speakers' badge (a speech bubble).
 * @cssproperty --twin-color-role-witness - The witnesses' badge (an eye, dashed border).
 * @cssproperty --twin-color-role-host - The hosts' badge (a house).
 * @cssproperty --twin-color-focus - Focus ring color.
 * @cssproperty --twin-radius - Corner radius.
 * @cssproperty --twin-space - Base spacing.
 * @cssproperty --twin-shadow - Box shadow of the card.
 * @cssproperty --twin-font-family - Font (default: inherited from the page).
 *
 * @event {CustomEvent<TwinLoadDetail>} twin-load - The dataset loaded, validated and shown; `detail` is the dataset. Not while an error is shown in its place (`unknown-agreement`): it follows once the error is gone.
 * @event {CustomEvent<TwinErrorDetail>} twin-error - The dataset could not be loaded or is invalid; `detail` is `{code, message, issues}`.
 */
export class TwinAgreementCard extends TwinElement {
  static override styles = [tokens, shared, ...roleMarkerStyles, agreementCardStyles, forcedColors, printStyles, agreementCardPrintStyles];

  static override properties: PropertyDeclarations = {
    ...TwinElement.properties,
    agreement: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The id of the agreement to show, where the dataset has several (default: the first). */
  declare agreement: string | undefined;
  /** The level of the card's heading, 1 to 6 (default 2); its sections use the next level. */
  declare headingLevel: number;

  constructor() {
    super();
    this.headingLevel = 2;
  }

  static override loadView(): Promise<void> | undefined {
    return view.load();
  }

  protected override findContentError(dataset: TwinningDataset): DatasetError | undefined {
    return unknownAgreement(dataset, this.agreement);
  }

  protected override prepareWhileLoading(): void {
    super.prepareWhileLoading();
    // The view code is here: a load prepares after it has arrived (see `TwinElement`).
    const steps = view.module?.agreementCardPreparations(this.viewContext) ?? [];
    this.prepareLater(...steps);
  }

  protected override renderContent(dataset: TwinningDataset): unknown {
    return view.module!.renderAgreementCard({ ...this.viewContext, agreement: this.agreement, headingLevel: this.headingLevel }, dataset);
  }
}
