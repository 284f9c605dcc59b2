import type { PropertyDeclarations } from 'lit';
import type { TwinningDataset } from '../../data/schema.js';
import type { DatasetError } from '../../data/load.js';
import { unknownAgreement } from '../../shared/agreement.js';
import type { ParticipantRole } from '../../data/roles.js';
import { lazyModule } from '../../shared/lazy-module.js';
import { forcedColors, shared, tokens } from '../../shared/styles.js';
import { TwinElement } from '../../shared/twin-element.js';
import { signatoryListStyles } from './signatory-list.styles.js';
import { signatoryListPrintStyles } from './signatory-list.print.styles.js';
import { printStyles } from '../../shared/print.styles.js';
import { roleMarkerStyles } from '../../shared/role-marker.js';
// The events' details, for the JSX types (dist/jsx.d.ts imports them from each element's module).
export type { TwinErrorDetail, TwinLoadDetail, TwinSelectDetail } from '../../shared/events.js';

/** The list's rendering of a dataset, loaded beside the data (see `TwinElement.loadView`). */
const view = lazyModule(() => import('./signatory-list.view.js'));

export type SignatoryLayout = 'list' | 'compact' | 'columns';

/** What the `roles` attribute may name: the ceremony roles, and `organisation` for the organisations present. */
export type SignatoryFilter = ParticipantRole | 'organisation';

/**
 * Who signed, spoke, witnessed or hosted an agreement, grouped by city in the order of the agreement's parties,
 * then the organisations present. Each name is in the reader's language, with its form in the other script beside
 * it (a Persian name in Persian script for Turkish, English and Azerbaijani readers; the Latin form for Persian
 * readers), each marked with its own language. Shows the embedded Khoy–Konya memorandum unless given other data.
 *
 * @tagname twin-signatory-list
 * @summary The participants of a sister-city agreement, by city.
 *
 * @csspart base - The outer frame.
 * @csspart groups - The container of the city groups.
 * @csspart group - One city's group (or the organisations').
 * @csspart group-heading - A group's heading.
 * @csspart person - One participant's button.
 * @csspart name - A participant's name in the reader's language.
 * @csspart native-name - The same name in the other script.
 * @csspart role - A role badge: an icon of the role's own shape and its name.
 * @csspart error - The error message shown when the data cannot be used.
 *
 * @cssproperty --twin-color-text - Text color.
 * @cssproperty --twin-color-muted - Secondary text color.
 * @cssproperty --twin-color-surface - Background.
 * @cssproperty --twin-color-subtle - Background of a hovered or selected participant.
 * @cssproperty --twin-color-border - Border color.
 * @cssproperty --twin-color-accent - The selection mark.
 * @cssproperty --twin-color-role-signatory - The signatories' badge (a pen).
 * @cssproperty --twin-color-role-speaker - The speakers' badge (a speech bubble).
 * @cssproperty --twin-color-role-witness - The witnesses' badge (an eye, dashed border).
 * @cssproperty --twin-color-role-host - The hosts' badge (a house).
 * @cssproperty --twin-color-on-accent - Text on the accent color.
 * @cssproperty --twin-color-focus - Focus ring color.
 * @cssproperty --twin-radius - Corner radius.
 * @cssproperty --twin-space - Base spacing.
 * @cssproperty --twin-font-family - Font (default: inherited from the page).
 *
 * @event {CustomEvent<TwinSelectDetail>} twin-select - A participant was chosen; `detail` is `{kind: 'person', id}`. Cancel it to keep the selection.
 * @event {CustomEvent<TwinLoadDetail>} twin-load - The dataset loaded, validated and shown; `detail` is the dataset. Not while an error is shown in its place (`unknown-agreement`): it follows once the error is gone.
 * @event {CustomEvent<TwinErrorDetail>} twin-error - The dataset could not be loaded or is invalid; `detail` is `{code, message, issues}`.
 */
export class TwinSignatoryList extends TwinElement {
  static override styles = [tokens, shared, ...roleMarkerStyles, signatoryListStyles, forcedColors, printStyles, signatoryListPrintStyles];

  static override properties: PropertyDeclarations = {
    ...TwinElement.properties,
    agreement: { type: String },
    roles: { type: String },
    layout: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { type: String, reflect: true },
  };

  /** The id of the agreement whose participants to show (default: the dataset's first). */
  declare agreement: string | undefined;
  /**
   * Which roles to show, separated by spaces or commas: `signatory`, `speaker`, `witness`, `host`, and
   * `organisation` for the organisations present (default: all).
   */
  declare roles: string | undefined;
  /** `list` (default), `compact` (names only, one line each) or `columns` (a column per city when wide enough). */
  declare layout: SignatoryLayout;
  /** The level of the group headings, 1 to 6 (default 3). */
  declare headingLevel: number;
  /** The id of the selected person; set it to highlight one from outside. */
  declare selected: string | undefined;

  constructor() {
    super();
    this.layout = 'list';
    this.headingLevel = 3;
  }

  static override loadView(): Promise<void> | undefined {
    return view.load();
  }

  protected override findContentError(dataset: TwinningDataset): DatasetError | undefined {
    return unknownAgreement(dataset, this.agreement);
  }

  protected override renderContent(dataset: TwinningDataset): unknown {
    const { agreement, roles, layout, headingLevel, selected } = this;
    return view.module!.renderSignatoryList(
      { ...this.viewContext, agreement, roles, layout, headingLevel, selected, choose: (id) => this.choose(id) },
      dataset,
    );
  }

  /**
   * A person's button is a toggle (`aria-pressed`): pressed, it selects the person (a cancelable `twin-select`);
   * pressed again, it clears the selection.
   */
  private choose(id: string): void {
    if (this.selected === id) this.selected = undefined;
    else if (this.emit('twin-select', { kind: 'person', id })) this.selected = id;
  }
}
